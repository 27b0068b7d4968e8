package org.parley.drafting;

import org.parley.document.ChangeKind;

import java.util.List;

/** A paragraph of an uploaded revised draft and the mapping proposed for it; {@code change} null: new. */
public record ProposedParagraph(int index, String number, String text, List<Long> predecessorIds,
                                ChangeKind change) {
}

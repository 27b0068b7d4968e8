package org.parley.drafting;

import org.parley.document.ChangeKind;

import java.util.List;
import java.util.UUID;

/** A stored paragraph of a new version with its lineage; {@code change} null: new. */
public record RevisedParagraph(long id, String number, UUID lineageId, List<Long> predecessorIds,
                               ChangeKind change) {
}

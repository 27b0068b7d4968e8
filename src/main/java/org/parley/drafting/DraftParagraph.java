package org.parley.drafting;

import org.parley.document.ChangeKind;

import java.util.List;
import java.util.UUID;

/**
 * A paragraph of a draft as the workbench edits it: its text with the revision that guards it (optimistic
 * locking), and where it comes from in the version the draft revises ({@code change} null: a new paragraph).
 */
public record DraftParagraph(long id, long versionId, Long sectionId, int ordinal, String number, String text,
                             UUID lineageId, int revision, List<Long> predecessorIds, ChangeKind change) {

    public boolean isNew() {
        return predecessorIds.isEmpty();
    }
}

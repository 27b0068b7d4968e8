package org.parley.document;

import java.util.List;
import java.util.UUID;

/**
 * Where a paragraph of a new version comes from: its predecessors in the version it revises, how it changed,
 * and the lineage it continues (null: a new lineage, for new paragraphs and the extra halves of a split).
 */
public record ParagraphOrigin(List<Long> predecessorIds, ChangeKind change, UUID lineageId) {

    public static ParagraphOrigin fresh() {
        return new ParagraphOrigin(List.of(), null, null);
    }
}

package org.parley.api;

import org.parley.document.Paragraph;
import org.parley.drafting.DraftParagraph;

import java.util.List;
import java.util.UUID;

/**
 * A paragraph as the editing calls see it. {@code revision} (also the ETag) guards it; {@code change} says how it
 * continues its predecessors ({@code NEW} without any); both are null outside drafts.
 */
record DraftParagraphJson(long id, String number, int ordinal, Long sectionId, String text, UUID lineageId,
                          List<Long> predecessorIds, String change, Integer revision) {

    static DraftParagraphJson of(DraftParagraph p) {
        return new DraftParagraphJson(p.id(), p.number(), p.ordinal(), p.sectionId(), p.text(), p.lineageId(),
                p.predecessorIds(), p.change() == null ? "NEW" : p.change().name(), p.revision());
    }

    static DraftParagraphJson of(Paragraph p) {
        return new DraftParagraphJson(p.id(), p.number(), p.ordinal(), p.sectionId(), p.text(), p.lineageId(),
                null, null, null);
    }
}

package org.parley.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.parley.document.VersionStatus;
import org.parley.drafting.RevisionResult;

import java.util.List;
import java.util.UUID;

/** A created version: each paragraph with its lineage, predecessors and change; deleted predecessor ids. */
record RevisionJson(int number, @Schema(implementation = VersionStatus.class) String status,
                    List<ParagraphJson> paragraphs, List<Long> deleted) {

    @Schema(name = "RevisedParagraph")
    record ParagraphJson(long id, String number, UUID lineageId, List<Long> predecessorIds, String change) {
    }

    static RevisionJson of(RevisionResult result) {
        return new RevisionJson(result.version().number(), result.version().status().name(),
                result.paragraphs().stream().map(p -> new ParagraphJson(p.id(), p.number(), p.lineageId(),
                        p.predecessorIds(), p.change() == null ? "new" : p.change().name().toLowerCase())).toList(),
                result.deletedPredecessorIds());
    }
}

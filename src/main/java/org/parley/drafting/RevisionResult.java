package org.parley.drafting;

import org.parley.document.DocumentVersion;

import java.util.List;

public record RevisionResult(DocumentVersion version, List<RevisedParagraph> paragraphs,
                             List<Long> deletedPredecessorIds) {
}

package org.parley.resolution;

import org.parley.disposition.Disposition;
import org.parley.disposition.DispositionService;
import org.parley.disposition.RoundItem;
import org.parley.comment.Comment;
import org.parley.document.DocumentService;
import org.parley.document.DocumentSummary;
import org.parley.document.DocumentVersion;
import org.parley.document.Paragraph;
import org.parley.document.VersionRounds;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The resolution matrix of a round: every comment made on a version with its answer and the paragraphs of the
 * next version that carry it (those the answer links to, else the paragraph's continuations by lineage).
 * Readers see the answers once the next version is published; editors see them while they are written.
 */
@Service
public class ResolutionMatrixService {

    private final DocumentService documents;
    private final DispositionService dispositions;

    ResolutionMatrixService(DocumentService documents, DispositionService dispositions) {
        this.documents = documents;
        this.dispositions = dispositions;
    }

    @Transactional(readOnly = true)
    public ResolutionMatrix matrix(String slug, int number) {
        DocumentSummary summary = documents.document(slug);
        DocumentVersion version = documents.version(slug, number);
        Optional<DocumentVersion> next = summary.versionAnswering(version);
        boolean answersVisible = documents.readerRights().readsUnpublishedAnswers()
                || VersionRounds.answersPublic(version, summary.versions());
        Map<Long, String> nextNumbers = new HashMap<>();
        Map<Long, List<String>> successors = new HashMap<>();
        if (next.isPresent()) {
            List<Paragraph> paragraphs = documents.allParagraphs(next.get());
            Map<Long, List<Long>> predecessors = documents.predecessors(next.get());
            for (Paragraph p : paragraphs) {
                nextNumbers.put(p.id(), p.number());
                for (Long predecessor : predecessors.getOrDefault(p.id(), List.of())) {
                    successors.computeIfAbsent(predecessor, k -> new ArrayList<>()).add(p.number());
                }
            }
        }
        List<ResolutionRow> rows = new ArrayList<>();
        for (RoundItem item : dispositions.round(version.id())) {
            Comment c = item.comment();
            Disposition answer = answersVisible ? item.disposition() : null;
            List<String> resulting = answer != null && !answer.paragraphIds().isEmpty()
                    ? answer.paragraphIds().stream().map(nextNumbers::get).filter(n -> n != null).toList()
                    : successors.getOrDefault(c.paragraphId(), List.of());
            rows.add(new ResolutionRow(c.id(), item.paragraphNumber(),
                    c.organisation() == null ? null : c.organisation().name(), c.authorName(), c.kind(), c.body(),
                    c.proposedText(), answer == null ? null : answer.kind(), answer == null ? null : answer.reason(),
                    List.copyOf(resulting), item.section()));
        }
        return new ResolutionMatrix(slug, number, next.map(DocumentVersion::number).orElse(null), rows);
    }

    /** The matrix with only the rows the filter keeps. */
    @Transactional(readOnly = true)
    public ResolutionMatrix matrix(String slug, int number, ResolutionFilter filter) {
        return matrix(slug, number).filtered(filter);
    }
}

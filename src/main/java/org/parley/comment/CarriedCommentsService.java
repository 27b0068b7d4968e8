package org.parley.comment;

import org.parley.document.DocumentService;
import org.parley.document.DocumentVersion;
import org.parley.document.ParagraphInVersion;
import org.parley.document.ParagraphTextHtml;
import org.parley.base.WordDiff;
import org.parley.organisation.OrganisationService;
import org.parley.security.CurrentUser;
import org.parley.security.ParleyUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Comments follow their paragraph: on a later version, each paragraph shows the comments made on the paragraphs
 * it descends from, and the comments whose text was removed are listed on their own; nothing is lost. The same
 * visibility as a thread ({@link CommentVisibility}); answers only once public (editors see them earlier). Each
 * read takes a fixed number of SQL statements whatever the number of versions and comments.
 */
@Service
public class CarriedCommentsService {

    private final CarriedCommentRepository carried;
    private final DocumentService documents;
    private final OrganisationService organisations;
    private final CurrentUser currentUser;
    private final ObjectProvider<DispositionLookup> dispositions;

    CarriedCommentsService(CarriedCommentRepository carried, DocumentService documents,
                           OrganisationService organisations, CurrentUser currentUser,
                           ObjectProvider<DispositionLookup> dispositions) {
        this.carried = carried;
        this.documents = documents;
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.dispositions = dispositions;
    }

    /** The comments made on the paragraph's ancestors in earlier versions, oldest version first. */
    public List<CarriedComment> earlierComments(long paragraphId) {
        ParagraphInVersion target = documents.paragraph(paragraphId);
        if (target.version().basedOnVersionId() == null) {
            return List.of();
        }
        String current = ParagraphTextHtml.toPlainText(target.paragraph().text());
        Map<Long, List<WordDiff.Segment>> diffs = new HashMap<>();
        return visible(carried.onAncestorsOf(target.paragraph().id()), (row, old) -> diffs.computeIfAbsent(
                row.paragraph().id(), id -> WordDiff.between(old, current)));
    }

    /** The comments on text of earlier versions that has no descendant in this version. */
    public List<CarriedComment> removedTextComments(long versionId) {
        DocumentVersion version = documents.version(versionId);
        if (version.basedOnVersionId() == null) {
            return List.of();
        }
        return visible(carried.onRemovedText(version.documentId(), version.id(), version.number()),
                (row, old) -> List.of());
    }

    /** Per paragraph of the version: the published, visible comments its earlier versions received. */
    public Map<Long, Integer> counts(long versionId) {
        DocumentVersion version = documents.version(versionId);
        return version.basedOnVersionId() == null ? Map.of() : carried.countsByParagraph(version.id());
    }

    private interface Changes {
        List<WordDiff.Segment> of(CarriedCommentRepository.Row row, String oldText);
    }

    private List<CarriedComment> visible(List<CarriedCommentRepository.Row> rows, Changes changes) {
        CommentVisibility visibility = visibility();
        List<CarriedCommentRepository.Row> seen = rows.stream().filter(r -> visibility.canSee(r.comment())).toList();
        Map<Long, DispositionLookup.Answer> answers = answersOf(seen);
        Map<Long, String> plain = new HashMap<>();
        return seen.stream().map(row -> {
            String old = plain.computeIfAbsent(row.paragraph().id(),
                    id -> ParagraphTextHtml.toPlainText(row.paragraph().text()));
            return new CarriedComment(row.comment(), row.paragraph().versionNumber(), row.paragraph().id(),
                    row.paragraph().number(), old, answers.get(row.comment().id()), changes.of(row, old));
        }).toList();
    }

    private Map<Long, DispositionLookup.Answer> answersOf(List<CarriedCommentRepository.Row> rows) {
        DispositionLookup lookup = dispositions.getIfAvailable();
        if (lookup == null || rows.isEmpty()) {
            return Map.of();
        }
        return lookup.answersOf(rows.stream().map(r -> r.comment().id()).toList(), documents.readerRights().readsUnpublishedAnswers());
    }

    private CommentVisibility visibility() {
        Optional<ParleyUser> viewer = currentUser.get();
        return new CommentVisibility(viewer.orElse(null),
                viewer.map(v -> organisations.membershipsOf(v.personId())).orElse(List.of()));
    }
}

package org.parley.disposition;

import java.util.Comparator;
import org.parley.journal.ChangedEntity;
import org.parley.journal.Journal;
import org.parley.journal.JournalEntry;
import org.parley.base.UserFacingException;
import org.parley.comment.Comment;
import org.parley.comment.CommentFilter;
import org.parley.comment.CommentQueryService;
import org.parley.comment.CommentStatus;
import org.parley.comment.NotificationService;
import org.parley.document.DocumentService;
import org.parley.document.DocumentSummary;
import org.parley.document.DocumentVersion;
import org.parley.document.Paragraph;
import org.parley.document.VersionStatus;
import org.parley.security.CurrentUser;
import org.parley.security.GlobalRole;
import org.parley.security.ParleyUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The editors' answers: a disposition for every comment of a round, linked to the paragraphs of the new draft
 * that carry the change, and publishing the new draft only when every comment is answered (or an admin says
 * why not).
 */
@Service
public class DispositionService {

    static final int MAX_REASON = 5000;

    private final DispositionRepository dispositions;
    private final CommentQueryService comments;
    private final DocumentService documents;
    private final CurrentUser currentUser;
    private final Journal journal;
    private final Clock clock;
    private final NotificationService notifications;

    DispositionService(DispositionRepository dispositions, CommentQueryService comments, DocumentService documents,
                       CurrentUser currentUser, Journal journal, Clock clock, NotificationService notifications) {
        this.dispositions = dispositions;
        this.comments = comments;
        this.documents = documents;
        this.currentUser = currentUser;
        this.journal = journal;
        this.clock = clock;
        this.notifications = notifications;
    }

    /** The round's comments (published, visible, top-level) of a version, each with its answer if any. */
    public List<RoundItem> round(long versionId) {
        DocumentVersion version = documents.version(versionId);
        List<Paragraph> paragraphs = documents.allParagraphs(version);
        Map<Long, String> numbers = paragraphs.stream().collect(Collectors.toMap(Paragraph::id, Paragraph::number));
        Map<Long, Integer> ordinals = paragraphs.stream()
                .collect(Collectors.toMap(Paragraph::id, Paragraph::ordinal));
        Map<Long, String> sectionTitles = new HashMap<>();
        documents.sections(version).forEach(s -> sectionTitles.put(s.id(), s.title()));
        Map<Long, String> sections = new HashMap<>();
        paragraphs.stream().filter(p -> p.sectionId() != null)
                .forEach(p -> sections.put(p.id(), sectionTitles.get(p.sectionId())));
        List<Comment> roundComments = roundComments(version.id());
        Map<Long, Disposition> answers = roundComments.isEmpty() ? Map.of()
                : dispositions.findFor(roundComments.stream().map(Comment::id).toList());
        return roundComments.stream()
                .sorted(Comparator.comparing((Comment c) -> ordinals.get(c.paragraphId()))
                        .thenComparing(Comment::id))
                .map(c -> new RoundItem(c, numbers.get(c.paragraphId()), answers.get(c.id()),
                        sections.get(c.paragraphId()))).toList();
    }

    /**
     * The answers to these comments that the current reader may see: every answer for editors and admins, for
     * everyone else only the answers made public by the publication of the next version.
     */
    public Map<Long, Disposition> answersVisibleToReader(Collection<Long> commentIds) {
        if (commentIds.isEmpty()) {
            return Map.of();
        }
        return documents.readerRights().readsUnpublishedAnswers() ? dispositions.findFor(commentIds)
                : dispositions.findPublic(commentIds);
    }

    /** Answers a comment; {@code expectedRevision} null for a first answer, else the revision being replaced. */
    @Transactional
    public Disposition dispose(long commentId, DispositionKind kind, String reason, List<Long> paragraphIds,
                               Integer expectedRevision) {
        ParleyUser user = currentUser.requireRole(GlobalRole.ADMIN, GlobalRole.EDITOR);
        Comment comment = comments.comment(commentId)
                .filter(c -> c.status() == CommentStatus.PUBLISHED && !c.isHidden() && c.parentId() == null)
                .orElseThrow(() -> new UserFacingException("revision.error.not-a-round-comment"));
        String why = validReason(kind, reason);
        Optional<DocumentVersion> draft = nextVersion(comment.versionId());
        if (draft.isPresent() && draft.get().status() != VersionStatus.DRAFT) {
            throw new UserFacingException("revision.error.published");
        }
        requireParagraphsOf(draft, paragraphIds);
        Disposition before = dispositions.findFor(List.of(commentId)).get(commentId);
        Long actor = user == null ? null : user.personId();
        if (!dispositions.save(commentId, kind, why, List.copyOf(paragraphIds), actor, OffsetDateTime.now(clock),
                before == null ? null : expectedRevision == null ? -1 : expectedRevision)) {
            throw new UserFacingException("error.concurrent-change");
        }
        Disposition after = dispositions.findFor(List.of(commentId)).get(commentId);
        journal.record(JournalEntry.of(actor, "disposition.saved", "comment", commentId)
                .before(before)
                .after(after)
                .changed(ChangedEntity.COMMENT, commentId));
        return after;
    }

    /**
     * Publishes a draft as a milestone. Refused while comments of the round it answers have no disposition,
     * unless an admin gives {@code overrideReason}.
     */
    @Transactional
    public DocumentVersion publish(long versionId, String milestone, String overrideReason,
                                   OffsetDateTime opensAt, OffsetDateTime closesAt) {
        currentUser.requireRole(GlobalRole.ADMIN, GlobalRole.EDITOR);
        DocumentVersion version = documents.version(versionId);
        List<RoundItem> answering = version.basedOnVersionId() == null ? List.of() : round(version.basedOnVersionId());
        long unanswered = answering.stream().filter(item -> !item.answered()).count();
        String override = null;
        if (unanswered > 0) {
            if (!currentUser.hasRole(GlobalRole.ADMIN) && !currentUser.isSystem()) {
                throw new UserFacingException("revision.error.undisposed", unanswered);
            }
            if (overrideReason == null || overrideReason.isBlank()) {
                throw new UserFacingException("revision.error.override-reason");
            }
            override = overrideReason.strip();
        }
        DocumentVersion published = documents.publish(versionId, milestone, override, opensAt, closesAt);
        notifications.answersPublished(answering.stream().filter(RoundItem::answered).map(RoundItem::comment)
                .toList());
        return published;
    }

    private List<Comment> roundComments(long versionId) {
        return comments.comments(versionId, CommentFilter.ALL.withStatus(CommentStatus.PUBLISHED)).stream()
                .filter(c -> c.parentId() == null && !c.isHidden())
                .toList();
    }

    private Optional<DocumentVersion> nextVersion(long versionId) {
        DocumentVersion version = documents.version(versionId);
        DocumentSummary summary = documents.documentById(version.documentId());
        return summary.versionAnswering(version);
    }

    private void requireParagraphsOf(Optional<DocumentVersion> draft, List<Long> paragraphIds) {
        if (paragraphIds.isEmpty()) {
            return;
        }
        Set<Long> inDraft = draft.map(v -> documents.allParagraphs(v).stream().map(Paragraph::id)
                .collect(Collectors.toSet())).orElse(Set.of());
        if (!inDraft.containsAll(paragraphIds)) {
            throw new UserFacingException("revision.error.paragraph-not-in-draft");
        }
    }

    private static String validReason(DispositionKind kind, String reason) {
        if (kind == null) {
            throw new UserFacingException("revision.error.reason-required");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() && kind.needsReason()) {
            throw new UserFacingException("revision.error.reason-required");
        }
        if (why.length() > MAX_REASON) {
            throw new UserFacingException("revision.error.reason-too-long", MAX_REASON);
        }
        return why.isEmpty() ? null : why;
    }

    /** Answered and total comments of the round on a version, per section and per organisation. */
    public RoundProgress progress(long versionId) {
        return RoundProgress.of(round(versionId));
    }

    /** The first unanswered comment after {@code afterCommentId} in reading order (wrapping round). */
    public Optional<RoundItem> nextUnanswered(long versionId, Long afterCommentId) {
        return nextUnanswered(round(versionId), afterCommentId);
    }

    /** The same over a round already loaded. */
    public static Optional<RoundItem> nextUnanswered(List<RoundItem> items, Long afterCommentId) {
        int start = 0;
        for (int i = 0; i < items.size(); i++) {
            if (afterCommentId != null && items.get(i).comment().id() == afterCommentId) {
                start = i + 1;
            }
        }
        for (int k = 0; k < items.size(); k++) {
            RoundItem item = items.get((start + k) % items.size());
            if (!item.answered()) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }
}

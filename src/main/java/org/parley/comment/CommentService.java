package org.parley.comment;

import org.parley.journal.Journal;
import org.parley.journal.JournalEntry;
import org.parley.base.UserFacingException;
import org.parley.journal.ChangedEntity;
import org.parley.document.DocumentService;
import org.parley.document.DocumentVersion;
import org.parley.document.ParagraphInVersion;
import org.parley.document.ParagraphTextHtml;
import org.parley.organisation.Membership;
import org.parley.organisation.OrganisationService;
import org.parley.security.CurrentUser;
import org.parley.security.GlobalRole;
import org.parley.security.ParleyUser;
import org.parley.base.PermissionDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writing feedback: posting comments, replies and amendments (for oneself or on behalf of an organisation),
 * editing and withdrawing them, focal points' decisions on drafts, endorsements, flags and moderation. Every
 * rule is checked here, whatever the caller (UI or API); every change is audited, logged for the search index
 * and announced after commit ({@link CommentChanged}).
 */
@Service
public class CommentService {

    private final CommentRepository comments;
    private final ConsultationRepository rounds;
    private final DocumentService documents;
    private final OrganisationService organisations;
    private final NotificationService notifications;
    private final CurrentUser currentUser;
    private final Journal journal;
    private final ConsultationService consultation;

    CommentService(CommentRepository comments, ConsultationRepository rounds, DocumentService documents,
                   OrganisationService organisations, NotificationService notifications, CurrentUser currentUser,
                   Journal journal,
                   ConsultationService consultation) {
        this.comments = comments;
        this.rounds = rounds;
        this.documents = documents;
        this.organisations = organisations;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.journal = journal;
        this.consultation = consultation;
    }

    @Transactional
    public Comment post(long paragraphId, NewComment request) {
        ParleyUser user = currentUser.require();
        ParagraphInVersion target = documents.paragraph(paragraphId);
        if (request.idempotencyKey() != null) {
            Optional<Comment> earlier = comments.findByIdempotencyKey(user.personId(), request.idempotencyKey());
            if (earlier.isPresent()) {
                if (earlier.get().paragraphId() != paragraphId) {
                    throw new UserFacingException("comment.error.idempotency-key-reused");
                }
                return earlier.get();
            }
        }
        List<Membership> memberships = organisations.membershipsOf(user.personId());
        refuseIfPresent(RoundRules.refusalToComment(user.role(), memberships, request.onBehalfOf(),
                target.version(), rounds.audience(target.version().id()), consultation.now()));
        Comment parent = request.parentId() == null ? null : replyableParent(request.parentId(), target, user);
        CommentRepository.Insert insert = validated(request, target, parent, user, memberships);
        Optional<Long> id = comments.insert(insert);
        if (id.isEmpty()) { // a concurrent retry with the same key won the race
            return comments.findByIdempotencyKey(user.personId(), request.idempotencyKey()).orElseThrow();
        }
        Comment created = comments.findById(id.get()).orElseThrow();
        journal.record(commentEntry(user.personId(), "comment.posted", created).after(created));
        if (created.status() == CommentStatus.PUBLISHED) {
            notifications.published(created, parent);
        } else {
            notifications.draftSubmitted(created);
        }
        return created;
    }

    /**
     * Feedback an organisation sent outside Parley (a Word file), created in one write: published at once on
     * behalf of the organisation, by an editor or admin or the organisation's own focal point, on a version whose
     * round is open. One audit event ({@code action} on {@code entityType} {@code entityId}, with
     * {@code summary}) covers the whole batch. Items whose {@code replyTo} is not in the batch become top-level.
     */
    @Transactional
    public List<Comment> postImported(long versionId, long organisationId, List<ImportedComment> batch,
                                      String action, String entityType, Object entityId, Object summary) {
        ParleyUser user = currentUser.require();
        refuseImportBy(user, organisationId);
        DocumentVersion version = documents.version(versionId);
        refuseIfPresent(RoundRules.refusalForRound(version, consultation.now()));
        java.util.Map<Integer, Comment> byKey = new java.util.HashMap<>();
        List<Comment> created = new java.util.ArrayList<>();
        JournalEntry entry = JournalEntry.of(user.personId(), action, entityType, entityId);
        for (ImportedComment item : batch) {
            ParagraphInVersion target = documents.paragraph(item.paragraphId());
            if (target.version().id() != versionId) {
                throw new UserFacingException("error.not-found");
            }
            Comment parent = item.replyTo() == null ? null : byKey.get(item.replyTo());
            if (parent != null && parent.depth() >= 2) { // threads stop at two levels: answer the answered one
                parent = comments.findById(parent.parentId()).orElse(null);
            }
            Comment comment = comments.findById(comments.insert(importedInsert(item, target, parent, user,
                    organisationId)).orElseThrow()).orElseThrow();
            byKey.put(item.key(), comment);
            created.add(comment);
            entry = entry.changed(ChangedEntity.COMMENT, comment.id())
                    .announcing(new CommentChanged(comment.id(), comment.versionId(), comment.paragraphId()));
            notifications.published(comment, parent);
        }
        journal.record(entry.after(java.util.Map.of("summary", summary,
                "comments", created.stream().map(Comment::id).toList())));
        return created;
    }

    /** Editors and admins import for any organisation; a focal point for their own. */
    public void refuseImportBy(ParleyUser user, long organisationId) {
        if (!user.role().canEdit()
                && !RoundRules.isFocalPointOf(organisations.membershipsOf(user.personId()), organisationId)) {
            throw PermissionDeniedException.forbidden();
        }
    }

    private CommentRepository.Insert importedInsert(ImportedComment item, ParagraphInVersion target, Comment parent,
                                                    ParleyUser user, long organisationId) {
        if (item.kind() == null || (parent != null && item.kind() == CommentKind.AMENDMENT)) {
            throw new UserFacingException("comment.error.kind");
        }
        String body = CommentText.body(item.body());
        String proposed = item.kind() != CommentKind.AMENDMENT ? null
                : item.proposedText() == null || item.proposedText().isEmpty() ? ""
                : amendment(item.proposedText(), target);
        String quote = parent == null ? CommentText.optionalQuote(item.quote()) : null;
        Integer quoteStart = quote == null ? null : quoteStart(quote, item.quoteStart(), target);
        DocumentVersion version = target.version();
        return new CommentRepository.Insert(version.id(), target.paragraph().id(), target.paragraph().lineageId(),
                parent == null ? null : parent.id(), parent == null ? 0 : parent.depth() + 1,
                item.kind(), body, proposed, quote, quoteStart,
                LanguageGuess.guess(item.languageSample() == null ? body : item.languageSample(), version.language()),
                user.personId(), organisationId, CommentStatus.PUBLISHED, null, consultation.now());
    }

    /** The author edits while the round is open; the earlier text is kept. A returned draft goes back for approval. */
    @Transactional
    public Comment edit(long commentId, String body, String proposedText, int expectedRevision) {
        ParleyUser user = currentUser.require();
        Comment before = ownComment(commentId, user);
        if (before.status() == CommentStatus.WITHDRAWN || before.isHidden()) {
            throw new UserFacingException("comment.error.not-editable");
        }
        ParagraphInVersion target = documents.paragraph(before.paragraphId());
        refuseIfPresent(RoundRules.refusalForRound(target.version(), consultation.now()));
        String newBody = CommentText.body(body);
        String newProposed = before.kind() == CommentKind.AMENDMENT ? amendment(proposedText, target) : null;
        CommentStatus status = before.status() == CommentStatus.RETURNED ? CommentStatus.PENDING_APPROVAL
                : before.status();
        comments.insertEdit(commentId, before.body(), before.proposedText(), user.personId(), consultation.now());
        if (!comments.updateText(commentId, expectedRevision, newBody, newProposed, status, consultation.now())) {
            throw new UserFacingException("error.concurrent-change");
        }
        Comment after = comments.findById(commentId).orElseThrow();
        journal.record(commentEntry(user.personId(), "comment.edited", after)
                .before(before)
                .after(after));
        if (before.status() == CommentStatus.RETURNED) {
            notifications.draftSettled(after);
            notifications.draftSubmitted(after);
        }
        return after;
    }

    @Transactional
    public void withdraw(long commentId) {
        ParleyUser user = currentUser.require();
        Comment before = ownComment(commentId, user);
        refuseIfPresent(RoundRules.refusalForRound(documents.version(before.versionId()), consultation.now()));
        if (!comments.withdraw(commentId)) {
            throw new UserFacingException("comment.error.not-editable");
        }
        journal.record(commentEntry(user.personId(), "comment.withdrawn", before).before(before));
        if (before.status() == CommentStatus.PENDING_APPROVAL || before.status() == CommentStatus.RETURNED) {
            notifications.draftSettled(before);
        }
    }

    /** A focal point publishes a member's draft written on behalf of their organisation. */
    @Transactional
    public Comment approve(long commentId) {
        ParleyUser user = currentUser.require();
        Comment draft = draftForFocalPoint(commentId, user);
        refuseIfPresent(RoundRules.refusalForRound(documents.version(draft.versionId()), consultation.now()));
        if (!comments.changeStatus(commentId, CommentStatus.PENDING_APPROVAL, CommentStatus.PUBLISHED, null,
                user.personId(), consultation.now())) {
            throw new UserFacingException("error.concurrent-change");
        }
        Comment published = comments.findById(commentId).orElseThrow();
        journal.record(commentEntry(user.personId(), "comment.approved", published)
                .before(draft)
                .after(published));
        notifications.draftSettled(published);
        notifications.toAuthor(published, NotificationKind.DRAFT_APPROVED, published.organisation().id());
        notifications.published(published, published.parentId() == null ? null
                : comments.findById(published.parentId()).orElse(null));
        return published;
    }

    /** A focal point sends a draft back to its author with a note. */
    @Transactional
    public Comment returnToAuthor(long commentId, String note) {
        ParleyUser user = currentUser.require();
        Comment draft = draftForFocalPoint(commentId, user);
        String reviewNote = CommentText.note(note);
        if (!comments.changeStatus(commentId, CommentStatus.PENDING_APPROVAL, CommentStatus.RETURNED, reviewNote,
                user.personId(), consultation.now())) {
            throw new UserFacingException("error.concurrent-change");
        }
        Comment returned = comments.findById(commentId).orElseThrow();
        journal.record(commentEntry(user.personId(), "comment.returned", returned)
                .before(draft)
                .after(returned));
        notifications.draftSettled(returned);
        notifications.toAuthor(returned, NotificationKind.DRAFT_RETURNED, returned.organisation().id());
        return returned;
    }

    /** Another organisation supports a published comment; its focal point speaks for it. */
    @Transactional
    public void endorse(long commentId, long organisationId) {
        ParleyUser user = currentUser.require();
        Comment comment = publishedVisible(commentId);
        if (!RoundRules.isFocalPointOf(organisations.membershipsOf(user.personId()), organisationId)) {
            throw new UserFacingException("comment.error.endorse-not-focal-point");
        }
        if (comment.organisation() != null && comment.organisation().id() == organisationId) {
            throw new UserFacingException("comment.error.endorse-own");
        }
        refuseIfPresent(RoundRules.refusalForRound(documents.version(comment.versionId()), consultation.now()));
        if (comments.insertEndorsement(commentId, organisationId, user.personId(), consultation.now())) {
            journal.record(commentEntry(user.personId(), "comment.endorsed", comment)
                    .after(Map.of("organisationId", organisationId)));
            notifications.toAuthor(comment, NotificationKind.ENDORSED, organisationId);
        }
    }

    @Transactional
    public void withdrawEndorsement(long commentId, long organisationId) {
        ParleyUser user = currentUser.require();
        Comment comment = publishedVisible(commentId);
        if (!RoundRules.isFocalPointOf(organisations.membershipsOf(user.personId()), organisationId)) {
            throw new UserFacingException("comment.error.endorse-not-focal-point");
        }
        if (comments.deleteEndorsement(commentId, organisationId)) {
            journal.record(commentEntry(user.personId(), "comment.endorsement-withdrawn", comment)
                    .before(Map.of("organisationId", organisationId)));
        }
    }

    /** Anyone signed in can draw the moderators' attention to a comment, once. */
    @Transactional
    public void flag(long commentId, String reason) {
        ParleyUser user = currentUser.require();
        Comment comment = publishedVisible(commentId);
        String why = reason == null || reason.isBlank() ? null : CommentText.note(reason);
        if (!comments.insertFlag(commentId, user.personId(), why, consultation.now())) {
            throw new UserFacingException("comment.error.already-flagged");
        }
        journal.record(JournalEntry.of(user.personId(), "comment.flagged", "comment", comment.id())
                .after(why == null ? Map.of() : Map.of("reason", why)));
    }

    /** Whether the signed-in reader has flagged the comment already (false for an anonymous reader). */
    @Transactional(readOnly = true)
    public boolean flaggedByMe(long commentId) {
        ParleyUser user = currentUser.get().orElse(null);
        return user != null && comments.flagged(commentId, user.personId());
    }

    /** Editors and admins hide a comment, with a reason its author will see. */
    @Transactional
    public void hide(long commentId, String reason) {
        ParleyUser user = currentUser.requireRole(GlobalRole.ADMIN, GlobalRole.EDITOR);
        String why = CommentText.note(reason);
        Comment before = comments.findById(commentId).orElseThrow(() -> new UserFacingException("error.not-found"));
        Long actor = user == null ? null : user.personId();
        if (!comments.hide(commentId, actor, why, consultation.now())) {
            throw new UserFacingException("comment.error.already-hidden");
        }
        Comment after = comments.findById(commentId).orElseThrow();
        journal.record(commentEntry(actor, "comment.hidden", after).before(before).after(after));
        notifications.toAuthor(after, NotificationKind.COMMENT_HIDDEN, null);
    }

    private CommentRepository.Insert validated(NewComment request, ParagraphInVersion target, Comment parent,
                                               ParleyUser user, List<Membership> memberships) {
        if (request.kind() == null) {
            throw new UserFacingException("comment.error.kind");
        }
        if (parent != null && request.kind() == CommentKind.AMENDMENT) {
            throw new UserFacingException("comment.error.reply-amendment");
        }
        String body = CommentText.body(request.body());
        String proposed = request.kind() == CommentKind.AMENDMENT ? amendment(request.proposedText(), target) : null;
        String quote = parent == null ? CommentText.optionalQuote(request.quote()) : null;
        Integer quoteStart = quote == null ? null : quoteStart(quote, request.quoteStart(), target);
        String language = request.language() == null || request.language().isBlank()
                ? LanguageGuess.guess(body, target.version().language()) : CommentText.language(request.language());
        DocumentVersion version = target.version();
        return new CommentRepository.Insert(version.id(), target.paragraph().id(), target.paragraph().lineageId(),
                parent == null ? null : parent.id(), parent == null ? 0 : parent.depth() + 1, request.kind(), body,
                proposed, quote, quoteStart, language, user.personId(), request.onBehalfOf(),
                RoundRules.initialStatus(memberships, request.onBehalfOf()), idempotencyKey(request),
                consultation.now());
    }

    private static String idempotencyKey(NewComment request) {
        String key = request.idempotencyKey();
        if (key != null && (key.isBlank() || key.length() > 200)) {
            throw new UserFacingException("comment.error.idempotency-key");
        }
        return key;
    }

    private String amendment(String proposedText, ParagraphInVersion target) {
        String proposed = CommentText.proposed(proposedText);
        String current = ParagraphTextHtml.toPlainText(target.paragraph().text());
        if (normalised(proposed).equals(normalised(current))
                || normalised(proposed).equals(normalised(target.paragraph().text()))) {
            throw new UserFacingException("comment.error.amendment-identical");
        }
        return proposed;
    }

    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static int quoteStart(String quote, Integer hint, ParagraphInVersion target) {
        String text = ParagraphTextHtml.toPlainText(target.paragraph().text());
        return PassageLocator.locate(text, quote, hint == null ? 0 : hint)
                .filter(span -> text.substring(span.start(), span.end()).equals(quote))
                .map(PassageLocator.Span::start)
                .orElseThrow(() -> new UserFacingException("comment.error.quote-not-found"));
    }

    private Comment replyableParent(long parentId, ParagraphInVersion target, ParleyUser user) {
        Comment parent = comments.findById(parentId)
                .filter(c -> c.paragraphId() == target.paragraph().id())
                .filter(c -> c.status() == CommentStatus.PUBLISHED && !c.isHidden())
                .orElseThrow(() -> new UserFacingException("comment.error.parent-unavailable"));
        if (parent.depth() >= 2) {
            throw new UserFacingException("comment.error.too-deep");
        }
        return parent;
    }

    private Comment ownComment(long commentId, ParleyUser user) {
        Comment comment = comments.findById(commentId).orElseThrow(() -> new UserFacingException("error.not-found"));
        if (comment.authorId() != user.personId()) {
            throw PermissionDeniedException.forbidden();
        }
        return comment;
    }

    private Comment draftForFocalPoint(long commentId, ParleyUser user) {
        Comment draft = comments.findById(commentId).orElseThrow(() -> new UserFacingException("error.not-found"));
        if (draft.organisation() == null
                || !RoundRules.isFocalPointOf(organisations.membershipsOf(user.personId()), draft.organisation().id())) {
            throw PermissionDeniedException.forbidden();
        }
        if (draft.status() != CommentStatus.PENDING_APPROVAL) {
            throw new UserFacingException("comment.error.not-pending");
        }
        return draft;
    }

    private Comment publishedVisible(long commentId) {
        Comment comment = comments.findById(commentId)
                .filter(c -> c.status() == CommentStatus.PUBLISHED && !c.isHidden())
                .orElseThrow(() -> new UserFacingException("error.not-found"));
        documents.version(comment.versionId()); // the reader must be able to see the document
        return comment;
    }

    /** A write to a comment: its audit event, its change-log row (search follows) and its announcement to open screens. */
    private static JournalEntry commentEntry(Long actorId, String action, Comment comment) {
        return JournalEntry.of(actorId, action, "comment", comment.id())
                .changed(ChangedEntity.COMMENT, comment.id())
                .announcing(new CommentChanged(comment.id(), comment.versionId(), comment.paragraphId()));
    }

    private static void refuseIfPresent(Optional<String> refusal) {
        refusal.ifPresent(key -> {
            throw new UserFacingException(key);
        });
    }

    OffsetDateTime now() {
        return consultation.now();
    }
}

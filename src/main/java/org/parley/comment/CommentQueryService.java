package org.parley.comment;

import java.util.Collection;
import org.parley.document.DocumentNotFoundException;
import org.parley.document.DocumentService;
import org.parley.document.DocumentVersion;
import org.parley.document.ParagraphInVersion;
import org.parley.organisation.OrganisationService;
import org.parley.security.CurrentUser;
import org.parley.security.GlobalRole;
import org.parley.security.ParleyUser;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reading feedback: a paragraph's thread, a version's comments with filters, the margin counts. Each answer is
 * cut to what the current reader may see ({@link CommentVisibility}); a thread takes a fixed number of SQL
 * statements whatever the number of comments.
 */
@Service
public class CommentQueryService {

    private final CommentRepository comments;
    private final DocumentService documents;
    private final OrganisationService organisations;
    private final CurrentUser currentUser;
    private final NotificationService notifications;

    CommentQueryService(CommentRepository comments, DocumentService documents, OrganisationService organisations,
                        CurrentUser currentUser, NotificationService notifications) {
        this.comments = comments;
        this.documents = documents;
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.notifications = notifications;
    }

    /** The paragraph's comments in thread order (each top-level comment followed by its replies). */
    public List<Comment> thread(long paragraphId, CommentFilter filter) {
        ParagraphInVersion target = documents.paragraph(paragraphId);
        return visibleThreads(comments.findByParagraph(target.paragraph().id()), filter);
    }

    /**
     * The thread as a person opens it to read it: the same comments as {@link #thread}, and what the signed-in
     * reader was notified about the comments shown becomes read (tasks excepted), so the bell counts only news.
     * The API's thread listing reads with {@link #thread}: a GET changes nothing, and a client holding someone's
     * token is not that person reading.
     */
    public List<Comment> openThread(long paragraphId, CommentFilter filter) {
        List<Comment> thread = thread(paragraphId, filter);
        notifications.seen(thread);
        return thread;
    }

    public List<Comment> comments(long versionId, CommentFilter filter) {
        DocumentVersion version = documents.version(versionId);
        return visibleThreads(comments.findByVersion(version.id()), filter);
    }

    /**
     * What an organisation published (top-level, not hidden) in the given versions, oldest first, in one statement;
     * the caller passes versions the reader may read.
     */
    public List<Comment> publishedOnBehalfOf(long organisationId, Collection<Long> versionIds) {
        if (versionIds.isEmpty()) {
            return List.of();
        }
        CommentVisibility visibility = visibility();
        return comments.findPublishedOnBehalfOf(organisationId, versionIds).stream().filter(visibility::canSee)
                .toList();
    }

    /**
     * The comments (published, top-level, not hidden) in the given versions that an organisation endorsed, in the
     * order endorsed; the caller passes versions the reader may read.
     */
    public List<EndorsedComment> publishedEndorsedBy(long organisationId, Collection<Long> versionIds) {
        if (versionIds.isEmpty()) {
            return List.of();
        }
        CommentVisibility visibility = visibility();
        return comments.findPublishedEndorsedBy(organisationId, versionIds).stream()
                .filter(e -> visibility.canSee(e.comment())).toList();
    }

    /** Margin counts: visible, published, top-level comments per paragraph and kind. */
    public Map<Long, KindCounts> counts(long versionId) {
        return comments.countsByParagraph(documents.version(versionId).id());
    }

    public Optional<Comment> comment(long commentId) {
        Optional<Comment> found = comments.findById(commentId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        documents.version(found.get().versionId());
        return found.filter(visibility()::canSee).map(this::withEndorsements);
    }

    /** Earlier texts of a comment the reader can see, oldest first. */
    public List<String> history(long commentId) {
        return comment(commentId).map(c -> comments.earlierBodies(c.id())).orElse(List.of());
    }

    /** Drafts of the reader's organisations waiting for a focal point. */
    public List<Comment> pendingForMyOrganisations(long versionId) {
        return comments(versionId, CommentFilter.ALL.withStatus(CommentStatus.PENDING_APPROVAL)
                .onlyMyOrganisations(true));
    }

    /**
     * The focal point's inbox: drafts written on behalf of the organisations they speak for, waiting for their
     * approval, in every document they can read, oldest first.
     */
    public List<DraftAwaitingApproval> awaitingMyApproval() {
        ParleyUser user = currentUser.require();
        List<Long> speaksFor = organisations.membershipsOf(user.personId()).stream()
                .filter(m -> RoundRules.isFocalPointOf(List.of(m), m.organisation().id()))
                .map(m -> m.organisation().id()).toList();
        List<DraftAwaitingApproval> inbox = new ArrayList<>();
        for (Comment draft : comments.findAwaitingApproval(speaksFor)) {
            ParagraphInVersion at;
            try {
                at = documents.paragraph(draft.paragraphId());
            } catch (DocumentNotFoundException unreadable) { // a members' document they no longer may read
                continue;
            }
            inbox.add(new DraftAwaitingApproval(draft, at.document().slug(), at.document().title(),
                    at.version().number(), at.paragraph().number()));
        }
        return inbox;
    }

    /**
     * Editors: how many drafts of a version still wait for a focal point inside their organisation, per paragraph
     * number in text order (the drafts themselves stay with the organisation until approved).
     */
    public Map<String, Integer> draftsAwaitingApproval(long versionId) {
        currentUser.requireRole(GlobalRole.ADMIN, GlobalRole.EDITOR);
        return comments.countAwaitingApproval(documents.version(versionId).id());
    }

    private List<Comment> visibleThreads(List<Comment> all, CommentFilter filter) {
        CommentVisibility visibility = visibility();
        Map<Long, List<Comment>> repliesByParent = new HashMap<>();
        List<Comment> topLevel = new ArrayList<>();
        for (Comment comment : all) {
            if (comment.parentId() == null) {
                topLevel.add(comment);
            } else {
                repliesByParent.computeIfAbsent(comment.parentId(), k -> new ArrayList<>()).add(comment);
            }
        }
        List<Comment> ordered = new ArrayList<>();
        for (Comment root : topLevel) {
            List<Comment> thread = new ArrayList<>();
            appendVisible(root, repliesByParent, visibility, thread);
            if (!thread.isEmpty() && thread.get(0).id() == root.id() && matches(root, thread, filter, visibility)) {
                ordered.addAll(thread);
            }
        }
        Map<Long, List<OrganisationRef>> endorsements =
                comments.endorsements(ordered.stream().map(Comment::id).toList());
        return ordered.stream().map(c -> c.withEndorsements(endorsements.getOrDefault(c.id(), List.of()))).toList();
    }

    /** Depth-first: a comment, then its visible replies; a withdrawn comment stays as a placeholder if replied to. */
    private void appendVisible(Comment comment, Map<Long, List<Comment>> repliesByParent,
                               CommentVisibility visibility, List<Comment> out) {
        List<Comment> below = new ArrayList<>();
        for (Comment reply : repliesByParent.getOrDefault(comment.id(), List.of())) {
            appendVisible(reply, repliesByParent, visibility, below);
        }
        if (visibility.canSee(comment)) {
            out.add(comment);
        } else if (visibility.seesAsPlaceholder(comment) && !below.isEmpty()) {
            out.add(comment.withoutText());
        } else {
            return; // an invisible comment hides its replies too: they make no sense without it
        }
        out.addAll(below);
    }

    private boolean matches(Comment root, List<Comment> thread, CommentFilter filter, CommentVisibility visibility) {
        if (filter.organisationId() != null
                && (root.organisation() == null || root.organisation().id() != filter.organisationId())) {
            return false;
        }
        if (filter.kind() != null && root.kind() != filter.kind()) {
            return false;
        }
        if (filter.status() != null && root.status() != filter.status()) {
            return false;
        }
        if (filter.mine() && thread.stream().noneMatch(visibility::isAuthor)) {
            return false;
        }
        if (filter.myOrganisations() && !visibility.isMemberOf(root.organisation())) {
            return false;
        }
        return !filter.unanswered() || thread.size() == 1;
    }

    private Comment withEndorsements(Comment comment) {
        return comment.withEndorsements(comments.endorsements(List.of(comment.id()))
                .getOrDefault(comment.id(), List.of()));
    }

    private CommentVisibility visibility() {
        Optional<ParleyUser> viewer = currentUser.get();
        return new CommentVisibility(viewer.orElse(null),
                viewer.map(v -> organisations.membershipsOf(v.personId())).orElse(List.of()));
    }
}

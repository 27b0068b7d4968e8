package org.parley.comment;

import java.util.UUID;
import org.parley.organisation.OrganisationService;
import org.parley.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * In-app notifications: replies to my comments, decisions on my organisation's drafts, new comments on
 * paragraphs I follow. Written in the comment's transaction; {@link NotificationDigest} e-mails them.
 */
@Service
public class NotificationService {

    /** Notifications that ask for a task: read once it is done ({@link #draftSettled}), not when seen. */
    private static final List<NotificationKind> TASKS =
            List.of(NotificationKind.DRAFT_SUBMITTED, NotificationKind.DRAFT_RETURNED);

    private final NotificationRepository notifications;
    private final OrganisationService organisations;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, OrganisationService organisations,
                        CurrentUser currentUser, Clock clock) {
        this.notifications = notifications;
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public List<Notification> recent() {
        return notifications.recent(currentUser.require().personId(), 50);
    }

    public int unreadCount() {
        return currentUser.get().map(user -> notifications.unreadCount(user.personId())).orElse(0);
    }

    @Transactional
    public void markAllRead() {
        notifications.markAllRead(currentUser.require().personId(), OffsetDateTime.now(clock));
    }

    /** Follow a paragraph (through all its versions): new comments on it are notified. */
    @Transactional
    public void follow(UUID lineageId) {
        notifications.follow(currentUser.require().personId(), lineageId, OffsetDateTime.now(clock));
    }

    @Transactional
    public void unfollow(UUID lineageId) {
        notifications.unfollow(currentUser.require().personId(), lineageId);
    }

    public boolean follows(UUID lineageId) {
        return currentUser.get().map(user -> notifications.follows(user.personId(), lineageId)).orElse(false);
    }

    /** A comment became visible to everyone: tell the parent's author and the paragraph's followers. */
    @Transactional(propagation = Propagation.MANDATORY)
    void published(Comment comment, Comment parent) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        NotificationRepository.Actor author = authorOf(comment);
        if (parent != null && parent.authorId() != comment.authorId()) {
            notifications.insert(List.of(parent.authorId()), NotificationKind.REPLY, comment.id(), author, now);
        }
        Set<Long> followers = new LinkedHashSet<>(notifications.followers(comment.lineageId()));
        followers.remove(comment.authorId());
        if (parent != null) {
            followers.remove(parent.authorId());
        }
        notifications.insert(followers, NotificationKind.FOLLOWED_PARAGRAPH, comment.id(), author, now);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void draftSubmitted(Comment comment) {
        List<Long> focalPoints = organisations.focalPointsOf(comment.organisation().id()).stream()
                .filter(id -> id != comment.authorId()).toList();
        notifications.insert(focalPoints, NotificationKind.DRAFT_SUBMITTED, comment.id(), authorOf(comment),
                OffsetDateTime.now(clock));
    }

    /**
     * The task a notification asked for is done, so it is read for everyone it went to: a draft approved, returned
     * or withdrawn settles the focal points' DRAFT_SUBMITTED; a returned draft resubmitted or withdrawn settles its
     * author's DRAFT_RETURNED.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void draftSettled(Comment draft) {
        notifications.markTaskDone(draft.id(), TASKS, OffsetDateTime.now(clock));
    }

    /**
     * The signed-in reader was shown these comments (they opened their thread): what they were notified about them
     * is read, but for tasks.
     */
    @Transactional
    void seen(Collection<Comment> shown) {
        currentUser.get().filter(user -> !shown.isEmpty()).ifPresent(user -> notifications.markRead(user.personId(),
                shown.stream().map(Comment::id).toList(), TASKS, OffsetDateTime.now(clock)));
    }

    /** The version carrying the answers to these comments is published: each author can now read theirs. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void answersPublished(Collection<Comment> answered) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        NotificationRepository.Actor editor = new NotificationRepository.Actor(currentUser.personIdOrNull(), null);
        for (Comment comment : answered) {
            notifications.insert(List.of(comment.authorId()), NotificationKind.ANSWER_PUBLISHED, comment.id(), editor,
                    now);
        }
    }

    /** To the comment's author, from the person acting now, speaking for {@code organisationId} (or for none). */
    @Transactional(propagation = Propagation.MANDATORY)
    void toAuthor(Comment comment, NotificationKind kind, Long organisationId) {
        notifications.insert(List.of(comment.authorId()), kind, comment.id(),
                new NotificationRepository.Actor(currentUser.personIdOrNull(), organisationId), OffsetDateTime.now(clock));
    }

    private static NotificationRepository.Actor authorOf(Comment comment) {
        return new NotificationRepository.Actor(comment.authorId(),
                comment.organisation() == null ? null : comment.organisation().id());
    }
}

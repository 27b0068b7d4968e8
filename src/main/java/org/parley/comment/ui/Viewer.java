package org.parley.comment.ui;

import org.parley.comment.Comment;
import org.parley.comment.CommentStatus;
import org.parley.organisation.Membership;
import org.parley.organisation.MembershipRole;
import org.parley.organisation.Organisation;
import org.parley.security.ParleyUser;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who is reading, to hide what cannot work for them. Only a convenience: the services check every action again.
 * {@code refusal} is why they cannot comment on this version now (an i18n key), if they cannot.
 */
record Viewer(ParleyUser user, List<Membership> memberships, Optional<String> refusal) {

    /** Refusals that concern the round itself, which also stop editing (other refusals do not). */
    private static final Set<String> ROUND_REFUSALS = Set.of("comment.error.round-not-open",
            "comment.error.round-not-started", "comment.error.round-closed");

    boolean signedIn() {
        return user != null;
    }

    boolean mayComment() {
        return refusal.isEmpty();
    }

    boolean isAuthor(Comment comment) {
        return user != null && comment.authorId() == user.personId();
    }

    boolean isModerator() {
        return user != null && user.role().canEdit();
    }

    boolean isFocalPointOf(long organisationId) {
        return memberships.stream().anyMatch(m -> m.organisation().id() == organisationId
                && m.role() == MembershipRole.FOCAL_POINT);
    }

    /** Organisations this person may endorse the comment for: where they are focal point, other than its own. */
    List<Organisation> mayEndorseFor(Comment comment) {
        if (comment.status() != CommentStatus.PUBLISHED || comment.isHidden() || !mayComment()) {
            return List.of();
        }
        return memberships.stream().filter(m -> m.role() == MembershipRole.FOCAL_POINT)
                .map(Membership::organisation)
                .filter(o -> comment.organisation() == null || comment.organisation().id() != o.id())
                .toList();
    }

    boolean mayReply(Comment comment) {
        return mayComment() && comment.status() == CommentStatus.PUBLISHED && !comment.isHidden()
                && comment.depth() < 2;
    }

    boolean mayEdit(Comment comment) {
        return isAuthor(comment) && refusal.filter(ROUND_REFUSALS::contains).isEmpty()
                && comment.status() != CommentStatus.WITHDRAWN && !comment.isHidden();
    }

    boolean mayDecide(Comment comment) {
        return comment.status() == CommentStatus.PENDING_APPROVAL && comment.organisation() != null
                && isFocalPointOf(comment.organisation().id());
    }

    boolean mayFlag(Comment comment) {
        return signedIn() && !isAuthor(comment) && comment.status() == CommentStatus.PUBLISHED
                && !comment.isHidden();
    }

    boolean mayHide(Comment comment) {
        return isModerator() && !comment.isHidden() && comment.status() != CommentStatus.WITHDRAWN;
    }
}

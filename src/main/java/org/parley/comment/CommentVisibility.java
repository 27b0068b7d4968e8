package org.parley.comment;

import org.parley.organisation.Membership;
import org.parley.security.ParleyUser;

import java.util.List;

/**
 * Who sees which comment. Published ones: every reader of the version. Drafts written for an organisation:
 * their author and that organisation's members. Hidden ones: their author (with the reason) and moderators.
 * Withdrawn ones: their author; others see an empty placeholder only where replies hang from it.
 */
final class CommentVisibility {

    private final ParleyUser viewer;
    private final List<Membership> memberships;

    CommentVisibility(ParleyUser viewer, List<Membership> memberships) {
        this.viewer = viewer;
        this.memberships = memberships;
    }

    boolean canSee(Comment comment) {
        if (isAuthor(comment)) {
            return true;
        }
        if (comment.isHidden()) {
            return viewer != null && viewer.role().canEdit();
        }
        return switch (comment.status()) {
            case PUBLISHED -> true;
            case PENDING_APPROVAL, RETURNED -> comment.organisation() != null
                    && RoundRules.isMemberOf(memberships, comment.organisation().id());
            case WITHDRAWN -> false;
        };
    }

    /** Seen only as a gap in a thread (its text removed): a withdrawn comment others have replied to. */
    boolean seesAsPlaceholder(Comment comment) {
        return comment.status() == CommentStatus.WITHDRAWN && !comment.isHidden() && !isAuthor(comment);
    }

    boolean isAuthor(Comment comment) {
        return viewer != null && comment.authorId() == viewer.personId();
    }

    boolean isMemberOf(OrganisationRef organisation) {
        return organisation != null && RoundRules.isMemberOf(memberships, organisation.id());
    }
}

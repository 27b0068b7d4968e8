package org.parley.comment;

public enum NotificationKind {
    REPLY, DRAFT_SUBMITTED, DRAFT_APPROVED, DRAFT_RETURNED, FOLLOWED_PARAGRAPH, COMMENT_HIDDEN
}

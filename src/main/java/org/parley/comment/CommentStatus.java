package org.parley.comment;

/**
 * PENDING_APPROVAL and RETURNED are drafts written on behalf of an organisation by a member, visible only inside
 * that organisation until one of its focal points approves them.
 */
public enum CommentStatus {
    PENDING_APPROVAL, RETURNED, PUBLISHED, WITHDRAWN
}

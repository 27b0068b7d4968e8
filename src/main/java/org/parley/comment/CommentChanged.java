package org.parley.comment;

/** Published after commit whenever a comment appears, changes, is decided on, hidden or withdrawn. */
public record CommentChanged(long commentId, long versionId, long paragraphId) {
}

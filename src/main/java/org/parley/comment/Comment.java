package org.parley.comment;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A comment as the current reader may see it. {@code body} is plain text (rendered escaped); {@code quote} is
 * the passage it is anchored to, if any. A withdrawn comment that still has replies keeps its place in the
 * thread with its text removed.
 */
public record Comment(long id, long versionId, long paragraphId, UUID lineageId, Long parentId, int depth,
                      CommentKind kind, String body, String proposedText, String quote, Integer quoteStart,
                      String language, long authorId, String authorName, OrganisationRef organisation,
                      CommentStatus status, String reviewNote, String hiddenReason, OffsetDateTime createdAt,
                      OffsetDateTime editedAt, OffsetDateTime publishedAt, List<OrganisationRef> endorsements,
                      int revision) {

    public boolean isHidden() {
        return hiddenReason != null;
    }

    public boolean isReply() {
        return parentId != null;
    }

    Comment withEndorsements(List<OrganisationRef> endorsedBy) {
        return new Comment(id, versionId, paragraphId, lineageId, parentId, depth, kind, body, proposedText, quote,
                quoteStart, language, authorId, authorName, organisation, status, reviewNote, hiddenReason,
                createdAt, editedAt, publishedAt, List.copyOf(endorsedBy), revision);
    }

    Comment withoutText() {
        return new Comment(id, versionId, paragraphId, lineageId, parentId, depth, kind, null, null, null, null,
                language, authorId, authorName, organisation, status, reviewNote, hiddenReason, createdAt, editedAt,
                publishedAt, endorsements, revision);
    }
}

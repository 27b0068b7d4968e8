package org.parley.api;

import org.parley.comment.Comment;
import org.parley.comment.OrganisationRef;
import org.parley.base.WordDiff;

import java.time.OffsetDateTime;
import java.util.List;

/** A comment over the API. {@code amendmentDiff}: word-level changes the amendment makes to the paragraph. */
record CommentJson(long id, long paragraphId, Long parentId, int depth, String kind, String body,
                   String proposedText, List<WordDiff.Segment> amendmentDiff, String quote, Integer quoteStart,
                   String language, Author author, Organisation organisation, String status, String reviewNote,
                   String hiddenReason, OffsetDateTime createdAt, OffsetDateTime editedAt,
                   OffsetDateTime publishedAt, List<Organisation> endorsements, int revision) {

    record Author(long id, String name) {
    }

    /** Named apart from the organisation calls' Organisation, which has more fields: one schema name, one shape. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "CommentOrganisation")
    record Organisation(long id, String shortName, String name, String kind) {

        static Organisation of(OrganisationRef ref) {
            return ref == null ? null : new Organisation(ref.id(), ref.shortName(), ref.name(), ref.kind().name());
        }
    }

    static CommentJson of(Comment c, String paragraphPlainText) {
        return new CommentJson(c.id(), c.paragraphId(), c.parentId(), c.depth(), c.kind().name(), c.body(),
                c.proposedText(), c.proposedText() == null ? null : WordDiff.between(paragraphPlainText, c.proposedText()),
                c.quote(), c.quoteStart(), c.language(), new Author(c.authorId(), c.authorName()),
                Organisation.of(c.organisation()), c.status().name(), c.reviewNote(), c.hiddenReason(),
                c.createdAt(), c.editedAt(), c.publishedAt(),
                c.endorsements().stream().map(Organisation::of).toList(), c.revision());
    }
}

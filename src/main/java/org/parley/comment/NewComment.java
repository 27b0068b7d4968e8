package org.parley.comment;

/**
 * What a person submits. {@code quote}/{@code quoteStart}: an optional passage of the paragraph's plain text;
 * {@code onBehalfOf}: an organisation id; {@code language}: null to detect it; {@code idempotencyKey}: a retried
 * submission with the same key returns the first comment instead of creating a second.
 */
public record NewComment(CommentKind kind, String body, String proposedText, String quote, Integer quoteStart,
                         Long onBehalfOf, String language, Long parentId, String idempotencyKey) {

    public static NewComment of(CommentKind kind, String body) {
        return new NewComment(kind, body, null, null, null, null, null, null, null);
    }

    public NewComment onBehalfOf(long organisationId) {
        return new NewComment(kind, body, proposedText, quote, quoteStart, organisationId, language, parentId,
                idempotencyKey);
    }

    public NewComment replyTo(long parentCommentId) {
        return new NewComment(kind, body, proposedText, quote, quoteStart, onBehalfOf, language, parentCommentId,
                idempotencyKey);
    }

    public NewComment proposing(String text) {
        return new NewComment(kind, body, text, quote, quoteStart, onBehalfOf, language, parentId, idempotencyKey);
    }

    public NewComment quoting(String passage, int start) {
        return new NewComment(kind, body, proposedText, passage, start, onBehalfOf, language, parentId,
                idempotencyKey);
    }

    public NewComment inLanguage(String code) {
        return new NewComment(kind, body, proposedText, quote, quoteStart, onBehalfOf, code, parentId,
                idempotencyKey);
    }

    public NewComment withIdempotencyKey(String key) {
        return new NewComment(kind, body, proposedText, quote, quoteStart, onBehalfOf, language, parentId, key);
    }
}

package org.parley.comment;

/**
 * One comment of a batch imported on behalf of an organisation (feedback sent as a Word file). {@code key}
 * names it within the batch so that {@code replyTo} can point at an earlier one; {@code proposedText} may be
 * empty for an amendment that deletes its paragraph; {@code languageSample}: the words its language is guessed
 * from (what the author wrote, without the importer's attribution), null for the whole body.
 */
public record ImportedComment(int key, Integer replyTo, long paragraphId, CommentKind kind, String body,
                              String proposedText, String quote, Integer quoteStart, String languageSample) {
}

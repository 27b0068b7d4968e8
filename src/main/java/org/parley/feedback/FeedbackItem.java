package org.parley.feedback;

import org.parley.comment.CommentKind;

import java.util.List;

/**
 * One comment a Word file proposes, as it will be created: an AMENDMENT (a paragraph's tracked changes,
 * accepted: {@code proposedText}, empty for a deleted paragraph), a COMMENT or QUESTION (a Word comment, with the
 * passage it is anchored to as {@code quote} at {@code quoteStart} in the paragraph's text), or a reply
 * ({@code replyTo}: the id of the item it answers). {@code authors}: the names the file gives; {@code text}: the
 * comment as written in the file (or the note on the changes), {@code body}: that text with the attribution, as
 * it will be created.
 */
public record FeedbackItem(int id, CommentKind kind, String text, String body, String proposedText, String quote,
                           Integer quoteStart, List<String> authors, Integer replyTo) {

    public FeedbackItem {
        authors = List.copyOf(authors);
    }
}

package org.parley.feedback;

import java.util.List;

/**
 * What a Word file of feedback says, as read: its paragraphs, each as it was before the tracked changes
 * ({@code original}, all rejected) and after them ({@code accepted}, all accepted), and its comments.
 */
record WordFile(List<Paragraph> paragraphs, List<Comment> comments) {

    /**
     * One paragraph of the file (a Word paragraph and the bullet items that follow it).
     *
     * @param number         the typed number at its start ("12", "III.4", "(a)"), or null
     * @param original       the text without its typed number, every change rejected
     * @param accepted       the text without its typed number, every change accepted
     * @param changeAuthors  who made its tracked changes of text (formatting changes do not count), in order
     * @param movedOut       all its text was moved away (w:moveFrom)
     * @param movedIn        all its text was moved here (w:moveTo)
     */
    record Paragraph(int index, String number, String original, String accepted, List<String> changeAuthors,
                     boolean movedOut, boolean movedIn) {

        boolean changed() {
            return !changeAuthors.isEmpty() && !original.equals(accepted);
        }

        boolean inserted() {
            return original.isBlank() && !accepted.isBlank();
        }

        boolean deleted() {
            return !original.isBlank() && accepted.isBlank();
        }
    }

    /**
     * A Word comment. {@code paragraphIndex} is where its range starts (-1 if it is anchored outside the body's
     * paragraphs, e.g. in a heading); {@code quote} the commented passage of the original text ("" when none) and
     * {@code quoteStart} its offset there; {@code parentId} the comment it answers, or null.
     */
    record Comment(String id, String author, String text, int paragraphIndex, String quote, int quoteStart,
                   String parentId) {
    }
}

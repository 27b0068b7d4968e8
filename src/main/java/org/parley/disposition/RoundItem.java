package org.parley.disposition;

import org.parley.comment.Comment;

/**
 * A comment of a consultation round with its answer (null: not answered yet) and the title of the section its
 * paragraph is in (null for a paragraph before the first heading).
 */
public record RoundItem(Comment comment, String paragraphNumber, Disposition disposition, String section) {

    public boolean answered() {
        return disposition != null;
    }
}

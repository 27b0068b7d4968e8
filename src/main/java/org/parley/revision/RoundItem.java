package org.parley.revision;

import org.parley.comment.Comment;

/** A comment of a consultation round with its answer (null: not answered yet). */
public record RoundItem(Comment comment, String paragraphNumber, Disposition disposition) {

    public boolean answered() {
        return disposition != null;
    }
}

package org.parley.resolution;

import org.parley.comment.CommentKind;

import java.util.Locale;
import java.util.stream.Stream;

/**
 * Which rows of a resolution matrix to show; a null field does not filter. {@code disposition} is an answer kind
 * or {@link #UNANSWERED}; {@code text} is matched, ignoring case, in the paragraph number, author, comment,
 * proposed text and reason.
 */
public record ResolutionFilter(String organisation, CommentKind kind, String disposition, String section,
                               String text) {

    /** The disposition filter for comments without an answer (or whose answer is not public yet). */
    public static final String UNANSWERED = "UNANSWERED";
    public static final ResolutionFilter ALL = new ResolutionFilter(null, null, null, null, null);

    public boolean matches(ResolutionRow row) {
        return (organisation == null || organisation.equals(row.organisation()))
                && (kind == null || kind == row.kind())
                && (disposition == null || disposition.equals(row.disposition() == null ? UNANSWERED
                : row.disposition().name()))
                && (section == null || section.equals(row.section()))
                && (text == null || text.isBlank() || containsText(row));
    }

    private boolean containsText(ResolutionRow row) {
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return Stream.of(row.paragraphNumber(), row.author(), row.organisation(), row.text(), row.proposedText(),
                        row.reason())
                .anyMatch(value -> value != null && value.toLowerCase(Locale.ROOT).contains(needle));
    }
}

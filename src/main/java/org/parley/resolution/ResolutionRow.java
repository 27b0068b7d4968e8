package org.parley.resolution;

import org.parley.disposition.DispositionKind;
import org.parley.comment.CommentKind;

import java.util.List;

/**
 * One comment of a round in the resolution matrix: where it was made, by whom, what it said, the answer (null
 * when not answered yet, or not yet public), the paragraph numbers of the next version that carry it, and the
 * title of the section of its paragraph (null before the first heading).
 */
public record ResolutionRow(long commentId, String paragraphNumber, String organisation, String author,
                            CommentKind kind, String text, String proposedText, DispositionKind disposition,
                            String reason, List<String> resultingParagraphs, String section) {
}

package org.parley.position;

import org.parley.disposition.DispositionKind;
import java.time.OffsetDateTime;

/**
 * Something an organisation said on a document: a published comment on its behalf, where, and the editors'
 * answer once it is public ({@code disposition} null otherwise).
 */
public record Position(String documentSlug, String documentTitle, int versionNumber, String versionLabel,
                       String paragraphNumber, String anchor, long commentId, String kind, String text,
                       String proposedText, String language, OffsetDateTime postedAt, DispositionKind disposition,
                       String reason) {
}

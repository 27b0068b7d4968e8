package org.parley.document;

import java.time.OffsetDateTime;

/**
 * The text of a paragraph in one language.
 *
 * @param ownRevision revision of the row stored for this very paragraph, or {@code null} when the text is
 *                    carried forward from the same paragraph of an earlier version
 * @param outdated    the source text changed since the translation was made
 */
public record ParagraphTranslation(long paragraphId, String language, String text, boolean outdated,
                                   Integer ownRevision, OffsetDateTime translatedAt) {
}

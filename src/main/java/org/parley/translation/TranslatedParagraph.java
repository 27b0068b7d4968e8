package org.parley.translation;

/** A translated text the translator accepted for one source paragraph (or section heading). */
public record TranslatedParagraph(long id, String text) {
}

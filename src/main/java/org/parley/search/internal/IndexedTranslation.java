package org.parley.search.internal;

/**
 * The text of a paragraph in another language than its version's, as the reading view shows it in that language:
 * stored on the paragraph itself or carried forward from the same lineage in an earlier version.
 *
 * @param source         the paragraph it translates (document, version, rights and place are the source's)
 * @param sectionHeading the translated heading of its section, else the source heading
 * @param outdated       the source text changed since the translation was made
 */
record IndexedTranslation(IndexedParagraph source, String language, String plainText, boolean outdated,
                          String sectionHeading) {
}

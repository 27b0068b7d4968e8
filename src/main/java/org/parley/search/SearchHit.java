package org.parley.search;

/**
 * One result. {@code snippetHtml} is escaped text in which only {@code <mark>} tags are markup;
 * {@code anchor} is the reading view's fragment ({@code p-12}). Comment fields are null for paragraphs.
 */
public record SearchHit(HitType type, long id, String documentSlug, String documentTitle, int versionNumber,
                        String paragraphNumber, String anchor, String sectionHeading, String snippetHtml,
                        String language, String organisation, String commentKind, String disposition) {
}

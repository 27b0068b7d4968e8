package org.parley.search;

/**
 * One result. {@code snippetHtml} is escaped text in which only {@code <mark>} tags are markup;
 * {@code anchor} is the reading view's fragment ({@code p-12}). Comment fields are null for paragraphs.
 * A paragraph's translation is a paragraph hit in its {@code language}, with {@code translatedFrom} the language
 * of the text it translates (null for every other hit) and {@code outdated} when that text changed since.
 */
public record SearchHit(HitType type, long id, String documentSlug, String documentTitle, int versionNumber,
                        String paragraphNumber, String anchor, String sectionHeading, String snippetHtml,
                        String language, String organisation, String commentKind, String disposition,
                        String translatedFrom, boolean outdated) {

    public boolean translation() {
        return translatedFrom != null;
    }

    /**
     * Where the hit is read, relative to the application root: the version's reading view, in the
     * translation's language for a translation, at the paragraph ({@code documents/s/v/2?lang=fr#p-12}).
     */
    public String readingPath() {
        return "documents/" + documentSlug + "/v/" + versionNumber
                + (translation() ? "?lang=" + language : "")
                + (anchor == null ? "" : "#" + anchor);
    }
}

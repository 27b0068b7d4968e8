package org.parley.search;

/**
 * One result. {@code snippetHtml} is escaped text in which only {@code <mark>} tags are markup;
 * {@code anchor} is the reading view's fragment ({@code p-12}). Comment fields are null for paragraphs.
 * A paragraph's translation is a paragraph hit in its {@code language}, with {@code translatedFrom} the language
 * of the text it translates (null for every other hit) and {@code outdated} when that text changed since.
 * A paragraph found in several versions is one hit, in the latest version the reader may see;
 * {@code otherVersions} are the other versions where the same paragraph (its lineage) was found too.
 */
public record SearchHit(HitType type, long id, String documentSlug, String documentTitle, int versionNumber,
                        String paragraphNumber, String anchor, String sectionHeading, String snippetHtml,
                        String language, String organisation, String commentKind, String disposition,
                        String translatedFrom, boolean outdated, java.util.List<OtherVersion> otherVersions) {

    public SearchHit {
        otherVersions = otherVersions == null ? java.util.List.of() : java.util.List.copyOf(otherVersions);
    }

    public SearchHit withOtherVersions(java.util.List<OtherVersion> versions) {
        return new SearchHit(type, id, documentSlug, documentTitle, versionNumber, paragraphNumber, anchor,
                sectionHeading, snippetHtml, language, organisation, commentKind, disposition, translatedFrom,
                outdated, versions);
    }

    /** Another version in which the same paragraph was found, and its anchor there (its number may differ). */
    public record OtherVersion(int versionNumber, String anchor) {
    }

    /** Where the same paragraph is read in another version in which it was found too. */
    public String readingPath(OtherVersion other) {
        return "documents/" + documentSlug + "/v/" + other.versionNumber()
                + (translation() ? "?lang=" + language : "")
                + (other.anchor() == null ? "" : "#" + other.anchor());
    }

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

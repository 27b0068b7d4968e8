package org.parley.search;

/** The dimensions results can be counted and narrowed by; {@link #dimension()} is also the REST parameter. */
public enum SearchFacet {
    TYPE("type"), DOCUMENT("document"), VERSION("version"), ORGANISATION("organisation"),
    ORGANISATION_KIND("kind"), COMMENT_KIND("commentKind"), DISPOSITION("disposition"), LANGUAGE("language");

    private final String dimension;

    SearchFacet(String dimension) {
        this.dimension = dimension;
    }

    public String dimension() {
        return dimension;
    }
}

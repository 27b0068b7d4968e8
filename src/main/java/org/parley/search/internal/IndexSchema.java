package org.parley.search.internal;

import org.apache.lucene.document.FieldType;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;
import org.parley.search.SearchFacet;

import java.util.List;

/**
 * Field names and the schema version. Bump {@link #VERSION} whenever fields or analysis change: an index
 * written with another version is discarded and rebuilt from PostgreSQL at start.
 */
public final class IndexSchema {

    public static final String VERSION = "4";
    public static final List<String> LANGUAGES = List.of("en", "fr", "es", "ar");

    static final String SCHEMA_KEY = "parley.schema";
    static final String POSITION_KEY = "parley.position";

    static final String UID = "uid";
    static final String TYPE = "type";
    static final String ID = "id";
    static final String DOCUMENT_ID = "document_id";
    static final String VERSION_ID = "version_id";
    static final String SLUG = "slug";
    static final String TITLE = "title";
    static final String VISIBILITY = "visibility";
    static final String VERSION_NUMBER = "version_number";
    static final String VERSION_STATUS = "version_status";
    static final String PARAGRAPH_ID = "paragraph_id";
    static final String PARAGRAPH_NUMBER = "paragraph_number";
    static final String LINEAGE = "lineage";
    /** Doc values on paragraphs: lineage and language, one value for the same paragraph in every version. */
    static final String SAME_PARAGRAPH = "same_paragraph";
    static final String HEADING = "heading";
    static final String TEXT = "text";
    static final String LANGUAGE = "language";
    static final String DATE = "date";
    static final String ORGANISATION = "organisation";
    static final String COMMENT_KIND = "comment_kind";
    static final String DISPOSITION = "disposition";
    static final String AUTHOR = "author";
    static final String STATUS = "status";
    /** On a translated paragraph only: "true", indexed. */
    static final String TRANSLATION = "translation";
    /** On a translated paragraph only: the language of the source text it translates (indexed, stored). */
    static final String TRANSLATED_FROM = "translated_from";
    /** On a translated paragraph only: "true" when the source text changed since it was translated. */
    static final String OUTDATED = "outdated";
    /** On a translated paragraph only: the uid of the source paragraph, to replace its translations with it. */
    static final String SOURCE_UID = "source_uid";

    /** Analysed text with positions and offsets in the postings, so the highlighter needs no re-analysis. */
    static final FieldType TEXT_WITH_OFFSETS;

    static {
        TEXT_WITH_OFFSETS = new FieldType();
        TEXT_WITH_OFFSETS.setTokenized(true);
        TEXT_WITH_OFFSETS.setStored(true);
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private IndexSchema() {
    }

    /** The stemmed field of a content language, e.g. {@code text_fr}. */
    static String textField(String language) {
        return TEXT + "_" + language;
    }

    static String languageOrNeutral(String language) {
        return language != null && LANGUAGES.contains(language) ? language : null;
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (SearchFacet facet : SearchFacet.values()) {
            config.setMultiValued(facet.dimension(), false);
        }
        return config;
    }
}

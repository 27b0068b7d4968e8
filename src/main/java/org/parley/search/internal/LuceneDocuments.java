package org.parley.search.internal;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.parley.search.HitType;
import org.parley.search.IndexedComment;
import org.parley.search.SearchFacet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;

/** Turns paragraphs and comments into Lucene documents: one document per text, upserted by its uid. */
public final class LuceneDocuments {

    private final FacetsConfig facets = IndexSchema.facetsConfig();

    /** Marks every translated paragraph, to find them all without knowing their languages. */
    static final Term TRANSLATION_MARK = new Term(IndexSchema.TRANSLATION, "true");

    public static Term paragraphUid(long id) {
        return new Term(IndexSchema.UID, "p" + id);
    }

    public static Term commentUid(long id) {
        return new Term(IndexSchema.UID, "c" + id);
    }

    /** A paragraph's text in one other language: its own uid, so that it is replaced like any other text. */
    static Term translationUid(long paragraphId, String language) {
        return new Term(IndexSchema.UID, "p" + paragraphId + "-" + language);
    }

    /** Every translation of one source paragraph. */
    static Term translationsOfParagraph(long paragraphId) {
        return new Term(IndexSchema.SOURCE_UID, paragraphUid(paragraphId).text());
    }

    static Term versionTerm(long versionId) {
        return new Term(IndexSchema.VERSION_ID, Long.toString(versionId));
    }

    static Term documentTerm(long documentId) {
        return new Term(IndexSchema.DOCUMENT_ID, Long.toString(documentId));
    }

    public Document paragraph(IndexedParagraph p) {
        Document doc = new Document();
        doc.add(new StringField(IndexSchema.UID, paragraphUid(p.id()).text(), Field.Store.NO));
        common(doc, HitType.PARAGRAPH, p.id(), p.documentId(), p.documentSlug(), p.documentTitle(),
                p.documentVisibility(), p.versionId(), p.versionNumber(), p.versionStatus(), p.language(),
                p.versionDate(), p.id(), p.number(), p.lineageId() == null ? null : p.lineageId().toString(),
                p.plainText());
        if (p.sectionHeading() != null && !p.sectionHeading().isBlank()) {
            doc.add(new TextField(IndexSchema.HEADING, p.sectionHeading(), Field.Store.YES));
        }
        return build(doc);
    }

    /**
     * A translated paragraph: a paragraph hit in its own language (analysed as such, folded as every text), with
     * the source paragraph's document, version, place and rights, so that the same filters apply to both.
     */
    Document translation(IndexedTranslation t) {
        IndexedParagraph p = t.source();
        Document doc = new Document();
        doc.add(new StringField(IndexSchema.UID, translationUid(p.id(), t.language()).text(), Field.Store.NO));
        doc.add(new StringField(IndexSchema.SOURCE_UID, paragraphUid(p.id()).text(), Field.Store.NO));
        doc.add(new StringField(TRANSLATION_MARK.field(), TRANSLATION_MARK.text(), Field.Store.NO));
        doc.add(new StringField(IndexSchema.TRANSLATED_FROM, p.language() == null ? "und" : p.language(),
                Field.Store.YES));
        if (t.outdated()) {
            doc.add(new StoredField(IndexSchema.OUTDATED, "true"));
        }
        common(doc, HitType.PARAGRAPH, p.id(), p.documentId(), p.documentSlug(), p.documentTitle(),
                p.documentVisibility(), p.versionId(), p.versionNumber(), p.versionStatus(), t.language(),
                p.versionDate(), p.id(), p.number(), p.lineageId() == null ? null : p.lineageId().toString(),
                t.plainText());
        if (t.sectionHeading() != null && !t.sectionHeading().isBlank()) {
            doc.add(new TextField(IndexSchema.HEADING, t.sectionHeading(), Field.Store.YES));
        }
        return build(doc);
    }

    public Document comment(IndexedComment c) {
        Document doc = new Document();
        doc.add(new StringField(IndexSchema.UID, commentUid(c.id()).text(), Field.Store.NO));
        common(doc, HitType.COMMENT, c.id(), c.documentId(), c.documentSlug(), c.documentTitle(),
                c.documentVisibility(), c.versionId(), c.versionNumber(), c.versionStatus(), c.language(),
                c.createdAt(), c.paragraphId(), c.paragraphNumber(),
                c.lineageId() == null ? null : c.lineageId().toString(), c.text());
        keyword(doc, IndexSchema.COMMENT_KIND, c.kind(), SearchFacet.COMMENT_KIND);
        keyword(doc, IndexSchema.ORGANISATION, c.organisationName(), SearchFacet.ORGANISATION);
        if (c.organisationKind() != null) {
            doc.add(new SortedSetDocValuesFacetField(SearchFacet.ORGANISATION_KIND.dimension(), c.organisationKind()));
        }
        keyword(doc, IndexSchema.DISPOSITION, c.disposition(), SearchFacet.DISPOSITION);
        keyword(doc, IndexSchema.STATUS, c.status(), null);
        if (c.authorName() != null) {
            doc.add(new StoredField(IndexSchema.AUTHOR, c.authorName()));
        }
        return build(doc);
    }

    private void common(Document doc, HitType type, long id, long documentId, String slug, String title,
                        String visibility, long versionId, int versionNumber, String versionStatus,
                        String language, OffsetDateTime date, long paragraphId, String paragraphNumber,
                        String lineage, String text) {
        doc.add(new StringField(IndexSchema.TYPE, type.name(), Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(SearchFacet.TYPE.dimension(), type.name().toLowerCase()));
        doc.add(new StoredField(IndexSchema.ID, id));
        doc.add(new StringField(IndexSchema.DOCUMENT_ID, Long.toString(documentId), Field.Store.NO));
        doc.add(new StringField(IndexSchema.VERSION_ID, Long.toString(versionId), Field.Store.NO));
        doc.add(new StringField(IndexSchema.SLUG, slug, Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(SearchFacet.DOCUMENT.dimension(), slug));
        doc.add(new TextField(IndexSchema.TITLE, title, Field.Store.YES));
        doc.add(new StringField(IndexSchema.VISIBILITY, visibility, Field.Store.NO));
        doc.add(new StoredField(IndexSchema.VERSION_NUMBER, versionNumber));
        doc.add(new NumericDocValuesField(IndexSchema.VERSION_NUMBER, versionNumber));
        doc.add(new SortedSetDocValuesFacetField(SearchFacet.VERSION.dimension(), Integer.toString(versionNumber)));
        doc.add(new StringField(IndexSchema.VERSION_STATUS, versionStatus, Field.Store.NO));
        doc.add(new StoredField(IndexSchema.PARAGRAPH_ID, paragraphId));
        if (paragraphNumber != null) {
            doc.add(new StringField(IndexSchema.PARAGRAPH_NUMBER, paragraphNumber, Field.Store.YES));
        }
        if (lineage != null) {
            doc.add(new StringField(IndexSchema.LINEAGE, lineage, Field.Store.NO));
            if (type == HitType.PARAGRAPH) {
                // a paragraph and its translations are different hits; comments are never grouped
                // binary, not sorted: reading a hit's value is a seek, where a sorted value's lookup decodes a block
                // of its terms dictionary (a tenth of a search over HTTP at 10^3 texts, JFR)
                doc.add(new BinaryDocValuesField(IndexSchema.SAME_PARAGRAPH,
                        new BytesRef(lineage + "/" + (language == null ? "und" : language))));
            }
        }
        String lang = language == null ? "und" : language;
        doc.add(new StringField(IndexSchema.LANGUAGE, lang, Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(SearchFacet.LANGUAGE.dimension(), lang));
        doc.add(new NumericDocValuesField(IndexSchema.DATE, date == null ? 0 : date.toInstant().toEpochMilli()));
        String body = text == null ? "" : text;
        doc.add(new Field(IndexSchema.TEXT, body, IndexSchema.TEXT_WITH_OFFSETS));
        String analysed = IndexSchema.languageOrNeutral(language);
        if (analysed != null) {
            doc.add(new Field(IndexSchema.textField(analysed), body, IndexSchema.TEXT_WITH_OFFSETS));
        }
    }

    private static void keyword(Document doc, String field, String value, SearchFacet facet) {
        if (value == null || value.isBlank()) {
            return;
        }
        doc.add(new StringField(field, value, Field.Store.YES));
        if (facet != null) {
            doc.add(new SortedSetDocValuesFacetField(facet.dimension(), value));
        }
    }

    private Document build(Document doc) {
        try {
            return facets.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

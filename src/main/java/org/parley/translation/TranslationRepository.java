package org.parley.translation;

import org.jooq.InsertSetMoreStep;
import org.parley.document.ParagraphTranslation;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.parley.jooq.Tables.PARAGRAPH_TRANSLATION;
import static org.parley.jooq.Tables.SECTION_TRANSLATION;

/**
 * Translated paragraphs and headings. A paragraph shows the translation stored on itself or, failing that, the
 * one stored on the same lineage in the latest earlier version of its document: translations carry forward to
 * new drafts without copying, and the stored source hash tells whether the source text moved on since.
 */
@Repository
class TranslationRepository {

    private static final String SOURCE_HASH = "encode(sha256(convert_to(p.text, 'UTF8')), 'hex')";

    private final DSLContext dsl;

    TranslationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The effective translations of a version's paragraphs into one language, by paragraph id. */
    Map<Long, ParagraphTranslation> findForVersion(long versionId, String language) {
        Map<Long, ParagraphTranslation> result = new HashMap<>();
        dsl.resultQuery("""
                select distinct on (p.id) p.id, t.text, t.source_hash <> %s as outdated,
                       case when t.paragraph_id = p.id then t.revision end as own_revision, t.translated_at
                from paragraph p
                join document_version v on v.id = p.version_id
                join paragraph q on q.lineage_id = p.lineage_id
                join document_version vq on vq.id = q.version_id and vq.document_id = v.document_id
                                         and vq.number <= v.number
                join paragraph_translation t on t.paragraph_id = q.id and t.language = ?
                where p.version_id = ?
                order by p.id, vq.number desc""".formatted(SOURCE_HASH), language, versionId)
                .forEach(r -> result.put(r.get(0, Long.class), new ParagraphTranslation(r.get(0, Long.class),
                        language, r.get(1, String.class), r.get(2, Boolean.class), r.get(3, Integer.class),
                        r.get(4, OffsetDateTime.class))));
        return result;
    }

    /** Translated headings of a version's sections: stored on the section, or on an earlier same heading. */
    Map<Long, String> findHeadings(long versionId, String language) {
        Map<Long, String> result = new HashMap<>();
        dsl.resultQuery("""
                select distinct on (s.id) s.id, st.heading
                from section s
                join document_version v on v.id = s.version_id
                join section_translation st on st.language = ? and st.source_heading = s.heading
                join section s2 on s2.id = st.section_id
                join document_version v2 on v2.id = s2.version_id and v2.document_id = v.document_id
                                         and v2.number <= v.number
                where s.version_id = ?
                order by s.id, (s2.id = s.id) desc, v2.number desc""", language, versionId)
                .forEach(r -> result.put(r.get(0, Long.class), r.get(1, String.class)));
        return result;
    }

    /** Languages with at least one paragraph translation on this version or an earlier one of its document. */
    List<String> findLanguages(long versionId) {
        return dsl.resultQuery("""
                select distinct t.language
                from document_version v
                join document_version vq on vq.document_id = v.document_id and vq.number <= v.number
                join paragraph q on q.version_id = vq.id
                join paragraph_translation t on t.paragraph_id = q.id
                where v.id = ?
                order by t.language""", versionId).fetch(0, String.class);
    }

    Optional<Integer> ownRevision(long paragraphId, String language) {
        return dsl.select(PARAGRAPH_TRANSLATION.REVISION).from(PARAGRAPH_TRANSLATION)
                .where(PARAGRAPH_TRANSLATION.PARAGRAPH_ID.eq(paragraphId))
                .and(PARAGRAPH_TRANSLATION.LANGUAGE.eq(language))
                .fetchOptional(PARAGRAPH_TRANSLATION.REVISION);
    }

    /** Stores or replaces the translation of a paragraph (an import, the translator accepting a whole file). */
    void upsert(long paragraphId, String language, String text, String sourceHash, Long by, OffsetDateTime at) {
        insert(paragraphId, language, text, sourceHash, by, at)
                .onConflict(PARAGRAPH_TRANSLATION.PARAGRAPH_ID, PARAGRAPH_TRANSLATION.LANGUAGE)
                .doUpdate()
                .set(PARAGRAPH_TRANSLATION.TEXT, text)
                .set(PARAGRAPH_TRANSLATION.SOURCE_HASH, sourceHash)
                .set(PARAGRAPH_TRANSLATION.TRANSLATED_BY, by)
                .set(PARAGRAPH_TRANSLATION.TRANSLATED_AT, at)
                .set(PARAGRAPH_TRANSLATION.REVISION, PARAGRAPH_TRANSLATION.REVISION.plus(1))
                .execute();
    }

    /** Inserts a first translation; false when someone stored one meanwhile. */
    boolean insertFirst(long paragraphId, String language, String text, String sourceHash, Long by,
                        OffsetDateTime at) {
        return insert(paragraphId, language, text, sourceHash, by, at).onConflictDoNothing().execute() == 1;
    }

    private InsertSetMoreStep<?> insert(long paragraphId, String language, String text, String sourceHash,
                                                Long by, OffsetDateTime at) {
        return dsl.insertInto(PARAGRAPH_TRANSLATION)
                .set(PARAGRAPH_TRANSLATION.PARAGRAPH_ID, paragraphId)
                .set(PARAGRAPH_TRANSLATION.LANGUAGE, language)
                .set(PARAGRAPH_TRANSLATION.TEXT, text)
                .set(PARAGRAPH_TRANSLATION.SOURCE_HASH, sourceHash)
                .set(PARAGRAPH_TRANSLATION.TRANSLATED_BY, by)
                .set(PARAGRAPH_TRANSLATION.TRANSLATED_AT, at);
    }

    /** Replaces a translation the writer saw at {@code expectedRevision}; false when it changed meanwhile. */
    boolean update(long paragraphId, String language, int expectedRevision, String text, String sourceHash, Long by,
                   OffsetDateTime at) {
        return dsl.update(PARAGRAPH_TRANSLATION)
                .set(PARAGRAPH_TRANSLATION.TEXT, text)
                .set(PARAGRAPH_TRANSLATION.SOURCE_HASH, sourceHash)
                .set(PARAGRAPH_TRANSLATION.TRANSLATED_BY, by)
                .set(PARAGRAPH_TRANSLATION.TRANSLATED_AT, at)
                .set(PARAGRAPH_TRANSLATION.REVISION, PARAGRAPH_TRANSLATION.REVISION.plus(1))
                .where(PARAGRAPH_TRANSLATION.PARAGRAPH_ID.eq(paragraphId))
                .and(PARAGRAPH_TRANSLATION.LANGUAGE.eq(language))
                .and(PARAGRAPH_TRANSLATION.REVISION.eq(expectedRevision))
                .execute() == 1;
    }

    void upsertHeading(long sectionId, String language, String heading, String sourceHeading, Long by,
                       OffsetDateTime at) {
        dsl.insertInto(SECTION_TRANSLATION)
                .set(SECTION_TRANSLATION.SECTION_ID, sectionId)
                .set(SECTION_TRANSLATION.LANGUAGE, language)
                .set(SECTION_TRANSLATION.HEADING, heading)
                .set(SECTION_TRANSLATION.SOURCE_HEADING, sourceHeading)
                .set(SECTION_TRANSLATION.TRANSLATED_BY, by)
                .set(SECTION_TRANSLATION.TRANSLATED_AT, at)
                .onConflict(SECTION_TRANSLATION.SECTION_ID, SECTION_TRANSLATION.LANGUAGE)
                .doUpdate()
                .set(SECTION_TRANSLATION.HEADING, heading)
                .set(SECTION_TRANSLATION.SOURCE_HEADING, sourceHeading)
                .set(SECTION_TRANSLATION.TRANSLATED_BY, by)
                .set(SECTION_TRANSLATION.TRANSLATED_AT, at)
                .execute();
    }
}

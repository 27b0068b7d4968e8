package org.parley.document;

import org.jooq.Field;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.select;
import static org.parley.jooq.Tables.DOCUMENT;
import static org.parley.jooq.Tables.DOCUMENT_VERSION;
import static org.parley.jooq.Tables.PARAGRAPH;

/** Documents and their versions. */
@Repository
class DocumentRepository {

    private final DSLContext dsl;

    DocumentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    long insertDocument(NewDocument document, Long createdBy, OffsetDateTime now) {
        return dsl.insertInto(DOCUMENT)
                .set(DOCUMENT.SLUG, document.slug())
                .set(DOCUMENT.TITLE, document.title())
                .set(DOCUMENT.VISIBILITY, document.visibility().name())
                .set(DOCUMENT.SOURCE_LANGUAGE, document.language())
                .set(DOCUMENT.CREATED_AT, now)
                .set(DOCUMENT.CREATED_BY, createdBy)
                .returning(DOCUMENT.ID).fetchOne(DOCUMENT.ID);
    }

    long insertVersion(long documentId, int number, String language, Long basedOn, Long createdBy,
                       OffsetDateTime now) {
        return dsl.insertInto(DOCUMENT_VERSION)
                .set(DOCUMENT_VERSION.DOCUMENT_ID, documentId)
                .set(DOCUMENT_VERSION.NUMBER, number)
                .set(DOCUMENT_VERSION.LANGUAGE, language)
                .set(DOCUMENT_VERSION.BASED_ON_VERSION_ID, basedOn)
                .set(DOCUMENT_VERSION.STATUS, VersionStatus.DRAFT.name())
                .set(DOCUMENT_VERSION.CREATED_AT, now)
                .set(DOCUMENT_VERSION.CREATED_BY, createdBy)
                .returning(DOCUMENT_VERSION.ID).fetchOne(DOCUMENT_VERSION.ID);
    }

    /** Optimistic: returns false when someone else changed the version since {@code expectedRevision}. */
    boolean updateVersionSchedule(long versionId, int expectedRevision, String label, VersionStatus status,
                                  OffsetDateTime opensAt, OffsetDateTime closesAt, OffsetDateTime publishedAt) {
        return dsl.update(DOCUMENT_VERSION)
                .set(DOCUMENT_VERSION.LABEL, label)
                .set(DOCUMENT_VERSION.STATUS, status.name())
                .set(DOCUMENT_VERSION.CONSULTATION_OPENS_AT, opensAt)
                .set(DOCUMENT_VERSION.CONSULTATION_CLOSES_AT, closesAt)
                .set(DOCUMENT_VERSION.PUBLISHED_AT, publishedAt)
                .set(DOCUMENT_VERSION.REVISION, DOCUMENT_VERSION.REVISION.plus(1))
                .where(DOCUMENT_VERSION.ID.eq(versionId))
                .and(DOCUMENT_VERSION.REVISION.eq(expectedRevision))
                .execute() == 1;
    }

    boolean publish(long versionId, String label, VersionStatus status, OffsetDateTime opensAt,
                    OffsetDateTime closesAt, OffsetDateTime now, Long by, String overrideReason) {
        return dsl.update(DOCUMENT_VERSION)
                .set(DOCUMENT_VERSION.LABEL, label)
                .set(DOCUMENT_VERSION.STATUS, status.name())
                .set(DOCUMENT_VERSION.CONSULTATION_OPENS_AT, opensAt)
                .set(DOCUMENT_VERSION.CONSULTATION_CLOSES_AT, closesAt)
                .set(DOCUMENT_VERSION.PUBLISHED_AT, now)
                .set(DOCUMENT_VERSION.PUBLISHED_BY, by)
                .set(DOCUMENT_VERSION.PUBLISH_OVERRIDE_REASON, overrideReason)
                .set(DOCUMENT_VERSION.REVISION, DOCUMENT_VERSION.REVISION.plus(1))
                .where(DOCUMENT_VERSION.ID.eq(versionId))
                .and(DOCUMENT_VERSION.STATUS.eq(VersionStatus.DRAFT.name()))
                .execute() == 1;
    }

    int revisionOf(long versionId) {
        return dsl.select(DOCUMENT_VERSION.REVISION).from(DOCUMENT_VERSION)
                .where(DOCUMENT_VERSION.ID.eq(versionId)).fetchOne(DOCUMENT_VERSION.REVISION);
    }

    boolean slugExists(String slug) {
        return dsl.fetchExists(DOCUMENT, DOCUMENT.SLUG.eq(slug));
    }

    List<Document> findAllDocuments() {
        return dsl.selectFrom(DOCUMENT).orderBy(DOCUMENT.CREATED_AT, DOCUMENT.ID).fetch(this::toDocument);
    }

    Optional<Document> findById(long id) {
        return dsl.selectFrom(DOCUMENT).where(DOCUMENT.ID.eq(id)).fetchOptional(this::toDocument);
    }

    Optional<Document> findBySlug(String slug) {
        return dsl.selectFrom(DOCUMENT).where(DOCUMENT.SLUG.eq(slug)).fetchOptional(this::toDocument);
    }

    List<DocumentVersion> findVersions(long documentId) {
        return dsl.select(DOCUMENT_VERSION.fields()).select(paragraphCount())
                .from(DOCUMENT_VERSION)
                .where(DOCUMENT_VERSION.DOCUMENT_ID.eq(documentId))
                .orderBy(DOCUMENT_VERSION.NUMBER)
                .fetch(this::toVersion);
    }

    Optional<DocumentVersion> findVersion(long versionId) {
        return dsl.select(DOCUMENT_VERSION.fields()).select(paragraphCount())
                .from(DOCUMENT_VERSION)
                .where(DOCUMENT_VERSION.ID.eq(versionId))
                .fetchOptional(this::toVersion);
    }

    /** Paragraphs with their version and document in one query: the first read of every comment post and thread. */
    List<ParagraphInVersion> findParagraphsInVersion(Collection<Long> paragraphIds) {
        return dsl.select(PARAGRAPH.fields()).select(DOCUMENT_VERSION.fields()).select(paragraphCount())
                .select(DOCUMENT.fields())
                .from(PARAGRAPH)
                .join(DOCUMENT_VERSION).on(DOCUMENT_VERSION.ID.eq(PARAGRAPH.VERSION_ID))
                .join(DOCUMENT).on(DOCUMENT.ID.eq(DOCUMENT_VERSION.DOCUMENT_ID))
                .where(PARAGRAPH.ID.in(paragraphIds))
                .fetch(r -> new ParagraphInVersion(toDocument(r.into(DOCUMENT)), toVersion(r),
                        ParagraphRepository.toParagraph(r.into(PARAGRAPH))));
    }

    private Field<Integer> paragraphCount() {
        return field(select(count()).from(PARAGRAPH).where(PARAGRAPH.VERSION_ID.eq(DOCUMENT_VERSION.ID)))
                .as("paragraph_count");
    }

    private Document toDocument(org.parley.jooq.tables.records.DocumentRecord r) {
        return new Document(r.getId(), r.getSlug(), r.getTitle(), Visibility.valueOf(r.getVisibility()),
                r.getSourceLanguage());
    }

    private DocumentVersion toVersion(Record r) {
        return new DocumentVersion(r.get(DOCUMENT_VERSION.ID), r.get(DOCUMENT_VERSION.DOCUMENT_ID),
                r.get(DOCUMENT_VERSION.NUMBER), r.get(DOCUMENT_VERSION.LABEL),
                VersionStatus.valueOf(r.get(DOCUMENT_VERSION.STATUS)),
                r.get(DOCUMENT_VERSION.CONSULTATION_OPENS_AT), r.get(DOCUMENT_VERSION.CONSULTATION_CLOSES_AT),
                r.get(DOCUMENT_VERSION.LANGUAGE), r.get(DOCUMENT_VERSION.BASED_ON_VERSION_ID),
                r.get(DOCUMENT_VERSION.PUBLISHED_AT), r.get("paragraph_count", Integer.class));
    }
}

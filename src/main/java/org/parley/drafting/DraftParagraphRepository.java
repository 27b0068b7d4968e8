package org.parley.drafting;

import org.jooq.impl.DSL;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.parley.document.ChangeKind;
import org.parley.document.VersionStatus;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.parley.jooq.Tables.DISPOSITION_PARAGRAPH;
import static org.parley.jooq.Tables.DOCUMENT_VERSION;
import static org.parley.jooq.Tables.PARAGRAPH;
import static org.parley.jooq.Tables.PARAGRAPH_PREDECESSOR;

/** The paragraphs of a draft being edited in the workbench, with their lineage links. */
@Repository
class DraftParagraphRepository {

    /** Where the ordinals of rows being rearranged wait, clear of the final ones (ordinal must stay >= 1). */
    private static final int PARKING = 1_000_000;

    record LockedVersion(long id, long documentId, VersionStatus status, Long basedOnVersionId) {
    }

    /** The final place of one paragraph after an edit: its ordinal and number. */
    record Place(long paragraphId, int ordinal, String number) {
    }

    private final DSLContext dsl;

    DraftParagraphRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Locks a version row until the transaction ends: edits of one draft are serialised, and publishing (which
     * updates the row) waits for a running edit and vice versa.
     */
    Optional<LockedVersion> lockVersion(long versionId) {
        return dsl.select(DOCUMENT_VERSION.ID, DOCUMENT_VERSION.DOCUMENT_ID, DOCUMENT_VERSION.STATUS,
                        DOCUMENT_VERSION.BASED_ON_VERSION_ID)
                .from(DOCUMENT_VERSION).where(DOCUMENT_VERSION.ID.eq(versionId)).forUpdate()
                .fetchOptional(r -> new LockedVersion(r.value1(), r.value2(), VersionStatus.valueOf(r.value3()),
                        r.value4()));
    }

    Optional<Long> versionOf(long paragraphId) {
        return dsl.select(PARAGRAPH.VERSION_ID).from(PARAGRAPH).where(PARAGRAPH.ID.eq(paragraphId))
                .fetchOptional(PARAGRAPH.VERSION_ID);
    }

    /** Every paragraph of a version in reading order, with its predecessors and change kind. */
    List<DraftParagraph> paragraphs(long versionId) {
        Map<Long, List<Long>> predecessors = new HashMap<>();
        Map<Long, ChangeKind> kinds = new HashMap<>();
        dsl.select(PARAGRAPH_PREDECESSOR.PARAGRAPH_ID, PARAGRAPH_PREDECESSOR.PREDECESSOR_ID,
                        PARAGRAPH_PREDECESSOR.CHANGE_KIND)
                .from(PARAGRAPH_PREDECESSOR).join(PARAGRAPH).on(PARAGRAPH.ID.eq(PARAGRAPH_PREDECESSOR.PARAGRAPH_ID))
                .where(PARAGRAPH.VERSION_ID.eq(versionId))
                .orderBy(PARAGRAPH_PREDECESSOR.PARAGRAPH_ID, PARAGRAPH_PREDECESSOR.PREDECESSOR_ID)
                .forEach(r -> {
                    predecessors.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2());
                    kinds.put(r.value1(), ChangeKind.valueOf(r.value3()));
                });
        return dsl.selectFrom(PARAGRAPH).where(PARAGRAPH.VERSION_ID.eq(versionId)).orderBy(PARAGRAPH.ORDINAL)
                .fetch(r -> new DraftParagraph(r.getId(), r.getVersionId(), r.getSectionId(), r.getOrdinal(),
                        r.getNumber(), r.getText(), r.getLineageId(), r.getRevision(),
                        List.copyOf(predecessors.getOrDefault(r.getId(), List.of())), kinds.get(r.getId())));
    }

    Map<Long, String> texts(Collection<Long> paragraphIds) {
        Map<Long, String> texts = new HashMap<>();
        dsl.select(PARAGRAPH.ID, PARAGRAPH.TEXT).from(PARAGRAPH).where(PARAGRAPH.ID.in(paragraphIds))
                .forEach(r -> texts.put(r.value1(), r.value2()));
        return texts;
    }

    /** Replaces the text when the revision still matches; false when someone else saved first. */
    boolean updateText(long paragraphId, String text, int expectedRevision) {
        return dsl.update(PARAGRAPH).set(PARAGRAPH.TEXT, text).set(PARAGRAPH.REVISION, PARAGRAPH.REVISION.plus(1))
                .where(PARAGRAPH.ID.eq(paragraphId)).and(PARAGRAPH.REVISION.eq(expectedRevision))
                .execute() == 1;
    }

    void updateSection(long paragraphId, Long sectionId) {
        dsl.update(PARAGRAPH).set(PARAGRAPH.SECTION_ID, sectionId).where(PARAGRAPH.ID.eq(paragraphId)).execute();
    }

    /** A new paragraph parked at the end under a provisional number, until {@link #arrange} places it. */
    long insert(long versionId, Long sectionId, String text, UUID lineageId) {
        return dsl.insertInto(PARAGRAPH)
                .set(PARAGRAPH.VERSION_ID, versionId).set(PARAGRAPH.SECTION_ID, sectionId)
                .set(PARAGRAPH.ORDINAL, dsl.select(DSL.coalesce(DSL.max(PARAGRAPH.ORDINAL),
                        0).plus(PARKING + 1)).from(PARAGRAPH).where(PARAGRAPH.VERSION_ID.eq(versionId)).asField())
                .set(PARAGRAPH.NUMBER, "#" + lineageId)
                .set(PARAGRAPH.TEXT, text).set(PARAGRAPH.LINEAGE_ID, lineageId)
                .returning(PARAGRAPH.ID).fetchOne(PARAGRAPH.ID);
    }

    void updateLineage(long paragraphId, UUID lineageId) {
        dsl.update(PARAGRAPH).set(PARAGRAPH.LINEAGE_ID, lineageId).where(PARAGRAPH.ID.eq(paragraphId)).execute();
    }

    /** Answers linked to {@code fromId} now point (also) to {@code toId}, before {@code fromId} goes. */
    void relinkDispositions(long fromId, long toId) {
        dsl.insertInto(DISPOSITION_PARAGRAPH, DISPOSITION_PARAGRAPH.COMMENT_ID, DISPOSITION_PARAGRAPH.PARAGRAPH_ID)
                .select(dsl.select(DISPOSITION_PARAGRAPH.COMMENT_ID, DSL.val(toId))
                        .from(DISPOSITION_PARAGRAPH).where(DISPOSITION_PARAGRAPH.PARAGRAPH_ID.eq(fromId)))
                .onConflictDoNothing().execute();
    }

    void delete(long paragraphId) {
        dsl.deleteFrom(PARAGRAPH).where(PARAGRAPH.ID.eq(paragraphId)).execute();
    }

    void replacePredecessors(long paragraphId, Collection<Long> predecessorIds, ChangeKind change) {
        dsl.deleteFrom(PARAGRAPH_PREDECESSOR).where(PARAGRAPH_PREDECESSOR.PARAGRAPH_ID.eq(paragraphId)).execute();
        for (long predecessorId : predecessorIds) {
            dsl.insertInto(PARAGRAPH_PREDECESSOR).set(PARAGRAPH_PREDECESSOR.PARAGRAPH_ID, paragraphId)
                    .set(PARAGRAPH_PREDECESSOR.PREDECESSOR_ID, predecessorId)
                    .set(PARAGRAPH_PREDECESSOR.CHANGE_KIND, change.name()).execute();
        }
    }

    void updateChangeKind(long paragraphId, ChangeKind change) {
        dsl.update(PARAGRAPH_PREDECESSOR).set(PARAGRAPH_PREDECESSOR.CHANGE_KIND, change.name())
                .where(PARAGRAPH_PREDECESSOR.PARAGRAPH_ID.eq(paragraphId)).execute();
    }

    /**
     * Gives paragraphs their final ordinals and numbers. PostgreSQL checks the (non-deferrable) unique
     * constraints row by row, so the rows that move are first parked on free ordinals and provisional numbers,
     * then placed.
     */
    void arrange(List<Place> places) {
        if (places.isEmpty()) {
            return;
        }
        List<Query> park = new ArrayList<>();
        List<Query> place = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            Place p = places.get(i);
            park.add(dsl.update(PARAGRAPH).set(PARAGRAPH.ORDINAL, PARKING * 2 + i)
                    .set(PARAGRAPH.NUMBER, "#" + p.paragraphId()).where(PARAGRAPH.ID.eq(p.paragraphId())));
            place.add(dsl.update(PARAGRAPH).set(PARAGRAPH.ORDINAL, p.ordinal()).set(PARAGRAPH.NUMBER, p.number())
                    .where(PARAGRAPH.ID.eq(p.paragraphId())));
        }
        dsl.batch(park).execute();
        dsl.batch(place).execute();
    }
}

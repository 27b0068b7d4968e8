package org.parley.document;

import java.util.Collections;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep7;
import org.parley.document.importing.ParsedDocument;
import org.parley.document.importing.ParsedParagraph;
import org.parley.document.importing.ParsedSection;
import org.parley.jooq.tables.records.ParagraphRecord;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.jooq.impl.DSL.min;
import static org.parley.jooq.Tables.PARAGRAPH;
import static org.parley.jooq.Tables.PARAGRAPH_PREDECESSOR;
import static org.parley.jooq.Tables.SECTION;

/** Sections and paragraphs of versions, in reading order. */
@Repository
class ParagraphRepository {

    private static final int INSERT_CHUNK = 500;
    private final DSLContext dsl;

    ParagraphRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Stores a parsed text as the content of a version; every paragraph starts a new lineage. */
    void insertContent(long versionId, ParsedDocument parsed) {
        insertContent(versionId, parsed, Collections.nCopies(parsed.paragraphs().size(), null));
    }

    /** Stores a parsed text; paragraph i continues {@code lineages.get(i)}, or starts a new lineage when null. */
    void insertContent(long versionId, ParsedDocument parsed, List<UUID> lineages) {
        Map<Integer, Long> sectionIds = insertSections(versionId, parsed.sections());
        List<ParsedParagraph> paragraphs = parsed.paragraphs();
        for (int start = 0; start < paragraphs.size(); start += INSERT_CHUNK) {
            int end = Math.min(start + INSERT_CHUNK, paragraphs.size());
            InsertValuesStep7<ParagraphRecord, Long, Long, Integer, String, String, UUID, Integer> insert =
                    dsl.insertInto(PARAGRAPH, PARAGRAPH.VERSION_ID, PARAGRAPH.SECTION_ID, PARAGRAPH.ORDINAL,
                            PARAGRAPH.NUMBER, PARAGRAPH.TEXT, PARAGRAPH.LINEAGE_ID, PARAGRAPH.REVISION);
            for (int i = start; i < end; i++) {
                ParsedParagraph p = paragraphs.get(i);
                Long sectionId = p.sectionIndex() == null ? null : sectionIds.get(p.sectionIndex());
                UUID lineage = lineages.get(i) == null ? UUID.randomUUID() : lineages.get(i);
                insert = insert.values(versionId, sectionId, i + 1, p.number(), p.text(), lineage, 0);
            }
            insert.execute();
        }
    }

    private Map<Integer, Long> insertSections(long versionId, List<ParsedSection> sections) {
        Map<Integer, Long> ids = new HashMap<>();
        for (ParsedSection s : sections) {
            Long parentId = s.parentIndex() == null ? null : ids.get(s.parentIndex());
            long id = dsl.insertInto(SECTION)
                    .set(SECTION.VERSION_ID, versionId)
                    .set(SECTION.PARENT_ID, parentId)
                    .set(SECTION.ORDINAL, s.index() + 1)
                    .set(SECTION.LEVEL, Math.min(Math.max(s.level(), 1), 9))
                    .set(SECTION.NUMBER, s.number())
                    .set(SECTION.HEADING, s.heading())
                    .returning(SECTION.ID).fetchOne(SECTION.ID);
            ids.put(s.index(), id);
        }
        return ids;
    }

    void insertPredecessors(long paragraphId, List<Long> predecessorIds, ChangeKind change) {
        for (long predecessor : predecessorIds) {
            dsl.insertInto(PARAGRAPH_PREDECESSOR)
                    .set(PARAGRAPH_PREDECESSOR.PARAGRAPH_ID, paragraphId)
                    .set(PARAGRAPH_PREDECESSOR.PREDECESSOR_ID, predecessor)
                    .set(PARAGRAPH_PREDECESSOR.CHANGE_KIND, change.name())
                    .execute();
        }
    }

    /** Predecessor ids and change kind of each paragraph of a version that has predecessors. */
    Map<Long, List<Long>> predecessorsOf(long versionId) {
        Map<Long, List<Long>> byParagraph = new HashMap<>();
        dsl.select(PARAGRAPH_PREDECESSOR.PARAGRAPH_ID, PARAGRAPH_PREDECESSOR.PREDECESSOR_ID)
                .from(PARAGRAPH_PREDECESSOR).join(PARAGRAPH).on(PARAGRAPH.ID.eq(PARAGRAPH_PREDECESSOR.PARAGRAPH_ID))
                .where(PARAGRAPH.VERSION_ID.eq(versionId))
                .orderBy(PARAGRAPH_PREDECESSOR.PREDECESSOR_ID)
                .forEach(r -> byParagraph.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return byParagraph;
    }

    Map<Long, ChangeKind> changeKindsOf(long versionId) {
        Map<Long, ChangeKind> kinds = new HashMap<>();
        dsl.select(PARAGRAPH_PREDECESSOR.PARAGRAPH_ID, PARAGRAPH_PREDECESSOR.CHANGE_KIND)
                .from(PARAGRAPH_PREDECESSOR).join(PARAGRAPH).on(PARAGRAPH.ID.eq(PARAGRAPH_PREDECESSOR.PARAGRAPH_ID))
                .where(PARAGRAPH.VERSION_ID.eq(versionId))
                .forEach(r -> kinds.put(r.value1(), ChangeKind.valueOf(r.value2())));
        return kinds;
    }

    List<Section> findSections(long versionId) {
        Map<Long, Integer> firstOrdinalBySection = dsl.select(PARAGRAPH.SECTION_ID, min(PARAGRAPH.ORDINAL))
                .from(PARAGRAPH).where(PARAGRAPH.VERSION_ID.eq(versionId)).and(PARAGRAPH.SECTION_ID.isNotNull())
                .groupBy(PARAGRAPH.SECTION_ID)
                .fetchMap(PARAGRAPH.SECTION_ID, min(PARAGRAPH.ORDINAL));
        var rows = dsl.selectFrom(SECTION).where(SECTION.VERSION_ID.eq(versionId)).orderBy(SECTION.ORDINAL).fetch();
        List<Section> sections = new ArrayList<>(rows.size());
        // A heading with no paragraphs of its own starts where the next heading's paragraphs start.
        int next = Integer.MAX_VALUE;
        for (int i = rows.size() - 1; i >= 0; i--) {
            var r = rows.get(i);
            next = Math.min(next, firstOrdinalBySection.getOrDefault(r.getId(), next));
            sections.add(0, new Section(r.getId(), r.getParentId(), r.getOrdinal(), r.getLevel(), r.getNumber(),
                    r.getHeading(), next == Integer.MAX_VALUE ? 0 : next));
        }
        return sections;
    }

    /** One page of paragraphs in reading order; offset 0 is the first paragraph. */
    List<Paragraph> findParagraphs(long versionId, int offset, int limit) {
        return dsl.selectFrom(PARAGRAPH)
                .where(PARAGRAPH.VERSION_ID.eq(versionId))
                .and(PARAGRAPH.ORDINAL.between(offset + 1, offset + limit))
                .orderBy(PARAGRAPH.ORDINAL)
                .fetch(ParagraphRepository::toParagraph);
    }

    List<Paragraph> findAllParagraphs(long versionId) {
        return dsl.selectFrom(PARAGRAPH).where(PARAGRAPH.VERSION_ID.eq(versionId)).orderBy(PARAGRAPH.ORDINAL)
                .fetch(ParagraphRepository::toParagraph);
    }

    Optional<Paragraph> findByNumber(long versionId, String number) {
        return dsl.selectFrom(PARAGRAPH)
                .where(PARAGRAPH.VERSION_ID.eq(versionId)).and(PARAGRAPH.NUMBER.eq(number))
                .fetchOptional(ParagraphRepository::toParagraph);
    }

    /** The ordinal of the paragraph a deep-link fragment such as {@code p-12} points to. */
    Optional<Integer> findOrdinalByAnchor(long versionId, String anchor) {
        return dsl.select(PARAGRAPH.NUMBER, PARAGRAPH.ORDINAL).from(PARAGRAPH)
                .where(PARAGRAPH.VERSION_ID.eq(versionId))
                .fetch().stream()
                .filter(r -> Paragraph.anchorFor(r.value1()).equals(anchor))
                .map(r -> r.value2())
                .findFirst();
    }

    static Paragraph toParagraph(ParagraphRecord r) {
        return new Paragraph(r.getId(), r.getVersionId(), r.getSectionId(), r.getOrdinal(), r.getNumber(),
                r.getText(), r.getLineageId());
    }
}

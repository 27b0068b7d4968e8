package org.parley.comment;

import org.jooq.CommonTableExpression;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.table;
import static org.parley.jooq.Tables.COMMENT;
import static org.parley.jooq.Tables.DOCUMENT_VERSION;
import static org.parley.jooq.Tables.ORGANISATION;
import static org.parley.jooq.Tables.PARAGRAPH;
import static org.parley.jooq.Tables.PARAGRAPH_PREDECESSOR;
import static org.parley.jooq.Tables.PERSON;

/**
 * The top-level comments made on the ancestors of paragraphs (following {@code paragraph_predecessor} back through
 * every earlier version, across splits and merges), and those whose paragraph has no descendant in a version.
 * Each read is one recursive statement, whatever the number of versions and comments.
 */
@Repository
class CarriedCommentRepository {

    private static final String ANCESTOR = "ancestor";
    private static final Field<Long> ROOT = field(name(ANCESTOR, "root"), SQLDataType.BIGINT);
    private static final Field<Long> ID = field(name(ANCESTOR, "id"), SQLDataType.BIGINT);

    private final DSLContext dsl;

    CarriedCommentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The paragraph a carried comment was made on, in its own version. */
    record OldParagraph(long id, long versionId, int versionNumber, int ordinal, String number, String text) {
    }

    record Row(Comment comment, OldParagraph paragraph) {
    }

    /** Comments on every ancestor of the paragraph, oldest version first, in reading then posting order. */
    List<Row> onAncestorsOf(long paragraphId) {
        CommonTableExpression<Record2<Long, Long>> ancestors = ancestors(PARAGRAPH_PREDECESSOR.PARAGRAPH_ID.eq(paragraphId));
        return rows(ancestors, COMMENT.PARAGRAPH_ID.in(select(ID).from(ancestors)));
    }

    /**
     * Comments on paragraphs of the document's versions before {@code versionNumber} that have no descendant in
     * the version {@code versionId}: the paragraph, or what it became, was deleted on the way.
     */
    List<Row> onRemovedText(long documentId, long versionId, int versionNumber) {
        CommonTableExpression<Record2<Long, Long>> ancestors = ancestors(PARAGRAPH_PREDECESSOR.PARAGRAPH_ID.in(
                select(PARAGRAPH.ID).from(PARAGRAPH).where(PARAGRAPH.VERSION_ID.eq(versionId))));
        return rows(ancestors, DOCUMENT_VERSION.DOCUMENT_ID.eq(documentId)
                .and(DOCUMENT_VERSION.NUMBER.lt(versionNumber))
                .andNotExists(select(ID).from(ancestors).where(ID.eq(COMMENT.PARAGRAPH_ID))));
    }

    /** Per paragraph of the version: how many published, visible top-level comments its ancestors have. */
    Map<Long, Integer> countsByParagraph(long versionId) {
        CommonTableExpression<Record2<Long, Long>> ancestors = ancestors(PARAGRAPH_PREDECESSOR.PARAGRAPH_ID.in(
                select(PARAGRAPH.ID).from(PARAGRAPH).where(PARAGRAPH.VERSION_ID.eq(versionId))));
        Map<Long, Integer> counts = new HashMap<>();
        dsl.withRecursive(ancestors).select(ROOT, countDistinct(COMMENT.ID))
                .from(ancestors).join(COMMENT).on(COMMENT.PARAGRAPH_ID.eq(ID))
                .where(COMMENT.PARENT_ID.isNull()).and(COMMENT.STATUS.eq(CommentStatus.PUBLISHED.name()))
                .and(COMMENT.HIDDEN_AT.isNull())
                .groupBy(ROOT)
                .forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }

    /** (root, id): {@code id} is a paragraph that {@code root} descends from, at any distance. */
    private static CommonTableExpression<Record2<Long, Long>> ancestors(Condition start) {
        var pp = PARAGRAPH_PREDECESSOR;
        return name(ANCESTOR).fields("root", "id").as(
                select(pp.PARAGRAPH_ID, pp.PREDECESSOR_ID).from(pp).where(start)
                        .union(select(ROOT, pp.PREDECESSOR_ID).from(table(name(ANCESTOR)))
                                .join(pp).on(pp.PARAGRAPH_ID.eq(ID))));
    }

    private List<Row> rows(CommonTableExpression<Record2<Long, Long>> ancestors, Condition condition) {
        return dsl.withRecursive(ancestors)
                .select(COMMENT.fields()).select(PERSON.DISPLAY_NAME)
                .select(ORGANISATION.ID, ORGANISATION.SHORT_NAME, ORGANISATION.NAME, ORGANISATION.KIND,
                        ORGANISATION.NAME_FR, ORGANISATION.NAME_ES)
                .select(PARAGRAPH.ID, PARAGRAPH.VERSION_ID, DOCUMENT_VERSION.NUMBER, PARAGRAPH.ORDINAL,
                        PARAGRAPH.NUMBER, PARAGRAPH.TEXT)
                .from(COMMENT)
                .join(PERSON).on(PERSON.ID.eq(COMMENT.AUTHOR_ID))
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(COMMENT.ORGANISATION_ID))
                .join(PARAGRAPH).on(PARAGRAPH.ID.eq(COMMENT.PARAGRAPH_ID))
                .join(DOCUMENT_VERSION).on(DOCUMENT_VERSION.ID.eq(PARAGRAPH.VERSION_ID))
                .where(condition).and(COMMENT.PARENT_ID.isNull())
                .orderBy(DOCUMENT_VERSION.NUMBER, PARAGRAPH.ORDINAL, COMMENT.CREATED_AT, COMMENT.ID)
                .fetch(r -> new Row(CommentRepository.toComment(r), new OldParagraph(r.get(PARAGRAPH.ID),
                        r.get(PARAGRAPH.VERSION_ID), r.get(DOCUMENT_VERSION.NUMBER), r.get(PARAGRAPH.ORDINAL),
                        r.get(PARAGRAPH.NUMBER), r.get(PARAGRAPH.TEXT))));
    }
}

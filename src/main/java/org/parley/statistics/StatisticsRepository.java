package org.parley.statistics;

import org.parley.document.VersionRounds;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.OrderField;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.Table;
import org.parley.comment.CommentKind;
import org.parley.comment.CommentStatus;
import org.parley.jooq.tables.Comment;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.selectOne;
import static org.parley.jooq.Tables.COMMENT;
import static org.parley.jooq.Tables.DISPOSITION;
import static org.parley.jooq.Tables.DOCUMENT_VERSION;
import static org.parley.jooq.Tables.ORGANISATION;
import static org.parley.jooq.Tables.PARAGRAPH;
import static org.parley.jooq.Tables.SECTION;

/**
 * Aggregates over the comments of a set of versions: one GROUP BY statement per breakdown, whatever the number of
 * comments. Only comments every reader sees are counted (see {@link #seenByEveryone}).
 */
@Repository
class StatisticsRepository {

    private static final Comment PARENT = COMMENT.as("parent");
    private static final Comment ROOT = COMMENT.as("root");
    private static final List<String> SHOWN_ABOVE_A_REPLY =
            List.of(CommentStatus.PUBLISHED.name(), CommentStatus.WITHDRAWN.name());

    private final DSLContext dsl;

    StatisticsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    record Totals(int contributions, int people, int organisations) {
    }

    Totals totals(Collection<Long> versionIds) {
        return dsl.select(count(), countDistinct(COMMENT.AUTHOR_ID), countDistinct(COMMENT.ORGANISATION_ID))
                .from(COMMENT).where(seenByEveryone(versionIds))
                .fetchOne(r -> new Totals(r.value1(), r.value2(), r.value3()));
    }

    List<Participation> byOrganisation(Collection<Long> versionIds) {
        return participation(versionIds, COMMENT.leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(COMMENT.ORGANISATION_ID)),
                ORGANISATION.SHORT_NAME, ORGANISATION.NAME,
                List.of(ORGANISATION.ID, ORGANISATION.SHORT_NAME, ORGANISATION.NAME),
                List.of(count().desc(), ORGANISATION.NAME.asc().nullsLast()));
    }

    List<Participation> byOrganisationKind(Collection<Long> versionIds) {
        return participation(versionIds, COMMENT.leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(COMMENT.ORGANISATION_ID)),
                ORGANISATION.KIND, inline((String) null), List.of(ORGANISATION.KIND),
                List.of(count().desc(), ORGANISATION.KIND.asc().nullsLast()));
    }

    /** Grouped by heading, so that a section keeps one row across the versions of the document. */
    List<Participation> bySection(Collection<Long> versionIds) {
        Field<String> title = field("concat_ws('. ', {0}, {1})", String.class, SECTION.NUMBER, SECTION.HEADING);
        return participation(versionIds, COMMENT.join(PARAGRAPH).on(PARAGRAPH.ID.eq(COMMENT.PARAGRAPH_ID))
                        .leftJoin(SECTION).on(SECTION.ID.eq(PARAGRAPH.SECTION_ID)),
                title, inline((String) null), List.of(SECTION.NUMBER, SECTION.HEADING),
                List.of(min(SECTION.ORDINAL).asc().nullsFirst(), title.asc()));
    }

    /** Keyed by version id. */
    List<Participation> byVersion(Collection<Long> versionIds) {
        Field<String> versionId = COMMENT.VERSION_ID.cast(String.class);
        return participation(versionIds, COMMENT, versionId, inline((String) null), List.of(COMMENT.VERSION_ID),
                List.of(COMMENT.VERSION_ID.asc()));
    }

    /**
     * Top-level comments per version and outcome. An answer counts once the version carrying it is out of
     * draft ({@link VersionRounds#answersPublic}), or at once when {@code undisclosedToo}; else UNANSWERED.
     */
    Map<Long, Map<Outcome, Integer>> outcomes(Collection<Long> versionIds, boolean undisclosedToo) {
        Field<Boolean> disclosed = field(VersionRounds.answersPublic(COMMENT.VERSION_ID));
        Map<Long, Map<Outcome, Integer>> outcomes = new HashMap<>();
        dsl.select(COMMENT.VERSION_ID, DISPOSITION.KIND, disclosed, count())
                .from(COMMENT.leftJoin(DISPOSITION).on(DISPOSITION.COMMENT_ID.eq(COMMENT.ID)))
                .where(seenByEveryone(versionIds)).and(COMMENT.PARENT_ID.isNull())
                .groupBy(COMMENT.VERSION_ID, DISPOSITION.KIND)
                .forEach(r -> {
                    Outcome outcome = r.value2() != null && (undisclosedToo || r.value3())
                            ? Outcome.valueOf(r.value2()) : Outcome.UNANSWERED;
                    outcomes.computeIfAbsent(r.value1(), k -> new EnumMap<>(Outcome.class))
                            .merge(outcome, r.value4(), Integer::sum);
                });
        return outcomes;
    }

    private List<Participation> participation(Collection<Long> versionIds, Table<?> from, Field<String> key,
                                              Field<String> name, List<Field<?>> groups,
                                              List<OrderField<?>> order) {
        List<SelectField<?>> fields = new ArrayList<>(List.of(key, name));
        for (CommentKind kind : CommentKind.values()) {
            fields.add(count().filterWhere(COMMENT.PARENT_ID.isNull().and(COMMENT.KIND.eq(kind.name()))));
        }
        fields.add(count().filterWhere(COMMENT.PARENT_ID.isNotNull()));
        fields.add(countDistinct(COMMENT.AUTHOR_ID));
        return dsl.select(fields).from(from).where(seenByEveryone(versionIds))
                .groupBy(groups).orderBy(order)
                .fetch(this::toParticipation);
    }

    private Participation toParticipation(Record r) {
        Map<CommentKind, Integer> byKind = new EnumMap<>(CommentKind.class);
        CommentKind[] kinds = CommentKind.values();
        for (int i = 0; i < kinds.length; i++) {
            int n = r.get(2 + i, Integer.class);
            if (n > 0) {
                byKind.put(kinds[i], n);
            }
        }
        String key = r.get(0, String.class);
        return new Participation(key == null || key.isEmpty() ? null : key, r.get(1, String.class), byKind,
                r.get(2 + kinds.length, Integer.class), r.get(3 + kinds.length, Integer.class));
    }

    /**
     * Published and not hidden, and (for a reply) every comment above it still shown to readers: published or
     * withdrawn (a placeholder), never hidden. Threads are at most three deep (comment.depth 0..2).
     */
    private static Condition seenByEveryone(Collection<Long> versionIds) {
        return COMMENT.VERSION_ID.in(versionIds)
                .and(COMMENT.STATUS.eq(CommentStatus.PUBLISHED.name())).and(COMMENT.HIDDEN_AT.isNull())
                .and(COMMENT.PARENT_ID.isNull().orExists(selectOne().from(PARENT)
                        .where(PARENT.ID.eq(COMMENT.PARENT_ID)).and(shownAboveAReply(PARENT))
                        .and(PARENT.PARENT_ID.isNull().orExists(selectOne().from(ROOT)
                                .where(ROOT.ID.eq(PARENT.PARENT_ID)).and(shownAboveAReply(ROOT))))));
    }

    private static Condition shownAboveAReply(Comment comment) {
        return comment.STATUS.in(SHOWN_ABOVE_A_REPLY).and(comment.HIDDEN_AT.isNull());
    }
}

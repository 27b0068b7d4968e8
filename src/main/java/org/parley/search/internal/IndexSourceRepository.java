package org.parley.search.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import javax.sql.DataSource;
import java.util.LinkedHashSet;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.parley.document.ParagraphTextHtml;
import org.springframework.stereotype.Repository;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import static org.parley.jooq.Tables.DOCUMENT;
import static org.parley.jooq.Tables.DOCUMENT_VERSION;
import static org.parley.jooq.Tables.PARAGRAPH;
import static org.parley.jooq.Tables.SECTION;

/**
 * What the index is built from: paragraphs with their document and version, and the change log. Reads only,
 * each in its own short statement (never a transaction held open while the index is written).
 */
@Repository
class IndexSourceRepository {

    /**
     * The start of a statement that takes its own snapshot ({@code s.snap}) and selects, as its first two columns,
     * the position that snapshot stands at (read by {@link #position}); the statement goes on with its other columns
     * and its {@code from s}.
     */
    private static final String SELECT_POSITION = "with s as (select pg_current_snapshot() as snap) "
            + "select pg_snapshot_xmax(s.snap)::text, "
            + "(select string_agg(x::text, ',') from pg_snapshot_xip(s.snap) x)";

    private final DSLContext dsl;
    private final DataSource dataSource;
    private final IndexerConnectionPool own;

    IndexSourceRepository(DSLContext dsl, DataSource dataSource, IndexerConnectionPool own) {
        this.dsl = dsl;
        this.dataSource = dataSource;
        this.own = own;
    }

    /**
     * Runs these reads (of any module: the statements of the repositories they call) on the indexer's own
     * connection, each statement in autocommit as before, then gives the connection back. Without a pool of its own
     * (a data source that is not Hikari) the reads use the shared pool, a connection per statement.
     */
    <T> T onOneConnection(Supplier<T> reads) {
        if (!own.isOpen() || TransactionSynchronizationManager.hasResource(dataSource)) {
            return reads.get();
        }
        try (Connection connection = own.connection()) {
            // jOOQ reaches the data source through Spring's DataSourceUtils, which uses a connection bound here
            TransactionSynchronizationManager.bindResource(dataSource, new ConnectionHolder(connection));
            try {
                return reads.get();
            } finally {
                TransactionSynchronizationManager.unbindResource(dataSource);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("The search indexer's connection failed", e);
        }
    }

    /**
     * Where the change log stands now, as a position: every row written by a transaction below the snapshot's
     * {@code xmax} is final, except the rows of the transactions still running, which are named in the position
     * and read once they have ended. A long transaction anywhere in the database (an autovacuum analyse, a
     * session left open in psql) therefore holds back only its own rows, not everybody's.
     */
    String currentPosition() {
        return dsl.resultQuery(SELECT_POSITION + " from s").fetchOne(this::position);
    }

    /**
     * The current position and the entities changed by transactions that have ended since {@code from}, once each,
     * in one round trip (the indexer runs this after every commit). The statement's own snapshot is the one the
     * position is taken from, so a row is either read now or its transaction is named in the new position. A row's
     * order in the log does not matter: each row only says "read this entity again", and the index reads its
     * current state.
     */
    Changes changesSince(String from) {
        ChangeLogPosition since = ChangeLogPosition.parse(from);
        var rows = dsl.resultQuery(SELECT_POSITION + ", c.entity_type, c.entity_id from s left join ("
                + "select distinct entity_type, entity_id from change_log where writer_xid >= ?::xid8 "
                + "or writer_xid = any(string_to_array(?, ',')::xid8[])) c on true",
                since.xmax(), String.join(",", since.running())).fetch();
        String position = position(rows.get(0));
        LinkedHashSet<ChangedRow> changed = new LinkedHashSet<>();
        for (var r : rows) {
            if (r.get(2) != null) {
                changed.add(new ChangedRow(r.get(2, String.class), r.get(3, Long.class)));
            }
        }
        return new Changes(position, List.copyOf(changed));
    }

    private String position(Record row) {
        String running = row.get(1, String.class);
        return new ChangeLogPosition(row.get(0, String.class),
                running == null ? List.of() : List.of(running.split(","))).toString();
    }

    record Changes(String position, List<ChangedRow> rows) {
    }

    List<Long> allVersionIds() {
        return dsl.select(DOCUMENT_VERSION.ID).from(DOCUMENT_VERSION).orderBy(DOCUMENT_VERSION.ID)
                .fetch(DOCUMENT_VERSION.ID);
    }

    List<Long> versionIdsOfDocument(long documentId) {
        return dsl.select(DOCUMENT_VERSION.ID).from(DOCUMENT_VERSION)
                .where(DOCUMENT_VERSION.DOCUMENT_ID.eq(documentId)).fetch(DOCUMENT_VERSION.ID);
    }

    Optional<Long> versionOfParagraph(long paragraphId) {
        return dsl.select(PARAGRAPH.VERSION_ID).from(PARAGRAPH).where(PARAGRAPH.ID.eq(paragraphId))
                .fetchOptional(PARAGRAPH.VERSION_ID);
    }

    List<IndexedParagraph> paragraphsOfVersion(long versionId) {
        return joined().where(DOCUMENT_VERSION.ID.eq(versionId)).orderBy(PARAGRAPH.ORDINAL).fetch(this::toParagraph);
    }

    Optional<IndexedParagraph> paragraph(long paragraphId) {
        return joined().where(PARAGRAPH.ID.eq(paragraphId)).fetchOptional(this::toParagraph);
    }

    /** The versions of the same document after this one: they may carry its translations forward. */
    List<Long> laterVersionIds(long versionId) {
        return dsl.resultQuery("""
                select later.id from document_version v
                join document_version later on later.document_id = v.document_id and later.number > v.number
                where v.id = ? order by later.number""", versionId).fetch(0, Long.class);
    }

    /** The translations of a version's paragraphs (given, as read by {@link #paragraphsOfVersion}), every language. */
    List<IndexedTranslation> translationsOfVersion(long versionId, List<IndexedParagraph> paragraphs) {
        return translations("version_id", versionId, paragraphs);
    }

    /** The translations of one paragraph, every language. */
    List<IndexedTranslation> translationsOf(IndexedParagraph paragraph) {
        return translations("id", paragraph.id(), List.of(paragraph));
    }

    /**
     * The same effective translations as the reading view's (TranslationRepository): the one stored on the
     * paragraph, else the one on its lineage in the latest earlier version of the document, outdated when the
     * source text's hash differs; the section heading likewise, falling back to the source heading.
     */
    private List<IndexedTranslation> translations(String paragraphColumn, long id, List<IndexedParagraph> paragraphs) {
        if (paragraphs.isEmpty()) {
            return List.of();
        }
        Map<Long, IndexedParagraph> byId = new HashMap<>();
        paragraphs.forEach(p -> byId.put(p.id(), p));
        return dsl.resultQuery("""
                with eff as (
                    select distinct on (p.id, t.language) p.id as paragraph_id, p.section_id, v.document_id,
                           v.number as version_number, t.language, t.text,
                           t.source_hash <> encode(sha256(convert_to(p.text, 'UTF8')), 'hex') as outdated
                    from paragraph p
                    join document_version v on v.id = p.version_id
                    join paragraph q on q.lineage_id = p.lineage_id
                    join document_version vq on vq.id = q.version_id and vq.document_id = v.document_id
                                             and vq.number <= v.number
                    join paragraph_translation t on t.paragraph_id = q.id and t.language <> v.language
                    where p.%s = ?
                    order by p.id, t.language, vq.number desc)
                select e.paragraph_id, e.language, e.text, e.outdated, s.number, coalesce(h.heading, s.heading)
                from eff e
                left join section s on s.id = e.section_id
                left join lateral (
                    select st.heading from section_translation st
                    join section s2 on s2.id = st.section_id
                    join document_version v2 on v2.id = s2.version_id and v2.document_id = e.document_id
                                             and v2.number <= e.version_number
                    where st.language = e.language and st.source_heading = s.heading
                    order by (s2.id = s.id) desc, v2.number desc limit 1) h on true
                order by e.paragraph_id, e.language""".formatted(paragraphColumn), id)
                .fetch().stream()
                .filter(r -> byId.containsKey(r.get(0, Long.class)))
                .map(r -> new IndexedTranslation(byId.get(r.get(0, Long.class)), r.get(1, String.class),
                        ParagraphTextHtml.toPlainText(r.get(2, String.class)), Boolean.TRUE.equals(r.get(3, Boolean.class)),
                        sectionTitle(r.get(4, String.class), r.get(5, String.class))))
                .toList();
    }

    private static String sectionTitle(String number, String heading) {
        return heading == null ? null : number == null ? heading : number + ". " + heading;
    }

    private SelectOnConditionStep<? extends Record> joined() {
        return dsl.select(PARAGRAPH.ID, PARAGRAPH.NUMBER, PARAGRAPH.ORDINAL, PARAGRAPH.TEXT, PARAGRAPH.LINEAGE_ID,
                        DOCUMENT_VERSION.ID, DOCUMENT_VERSION.NUMBER, DOCUMENT_VERSION.STATUS,
                        DOCUMENT_VERSION.LANGUAGE,
                        DSL.coalesce(DOCUMENT_VERSION.PUBLISHED_AT, DOCUMENT_VERSION.CREATED_AT).as("version_date"),
                        DOCUMENT.ID, DOCUMENT.SLUG, DOCUMENT.TITLE, DOCUMENT.VISIBILITY,
                        SECTION.NUMBER, SECTION.HEADING)
                .from(PARAGRAPH)
                .join(DOCUMENT_VERSION).on(DOCUMENT_VERSION.ID.eq(PARAGRAPH.VERSION_ID))
                .join(DOCUMENT).on(DOCUMENT.ID.eq(DOCUMENT_VERSION.DOCUMENT_ID))
                .leftJoin(SECTION).on(SECTION.ID.eq(PARAGRAPH.SECTION_ID));
    }

    private IndexedParagraph toParagraph(Record r) {
        String sectionNumber = r.get(SECTION.NUMBER);
        String heading = r.get(SECTION.HEADING);
        String sectionTitle = sectionTitle(sectionNumber, heading);
        return new IndexedParagraph(r.get(PARAGRAPH.ID), r.get(DOCUMENT.ID), r.get(DOCUMENT.SLUG),
                r.get(DOCUMENT.TITLE), r.get(DOCUMENT.VISIBILITY), r.get(DOCUMENT_VERSION.ID),
                r.get(DOCUMENT_VERSION.NUMBER), r.get(DOCUMENT_VERSION.STATUS), r.get(DOCUMENT_VERSION.LANGUAGE),
                r.get("version_date", OffsetDateTime.class), r.get(PARAGRAPH.NUMBER), r.get(PARAGRAPH.ORDINAL),
                r.get(PARAGRAPH.LINEAGE_ID), sectionTitle, ParagraphTextHtml.toPlainText(r.get(PARAGRAPH.TEXT)));
    }

    record ChangedRow(String entityType, long entityId) {
    }
}

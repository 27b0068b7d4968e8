package org.parley.search.internal;

import com.zaxxer.hikari.HikariDataSource;
import org.parley.comment.CommentKind;
import org.parley.comment.CommentService;
import org.parley.comment.NewComment;
import org.parley.document.DocumentService;
import org.parley.security.GlobalRole;
import org.parley.translation.TranslatedParagraph;
import org.parley.translation.TranslationService;
import org.parley.document.ReaderRights;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.document.Visibility;
import org.parley.search.CommentSource;
import org.parley.search.IndexedComment;
import org.parley.search.SearchHit;
import org.parley.search.SearchRequest;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The indexer against the real schema: what is committed reaches the index, across restarts and crashes. */
@ParleyTest
class IndexerTest {

    @Autowired
    TestData data;
    @Autowired
    IndexSourceRepository source;
    @Autowired
    Indexer appIndexer;
    @Autowired
    DataSource dataSource;
    @TempDir
    Path directory;

    @BeforeEach
    void cleanSlate() {
        data.reset();
        appIndexer.rebuild();
    }

    private SearchIndex open() throws IOException {
        return new SearchIndex(FSDirectory.open(directory));
    }

    /** What a search finds once the reopens the indexer asked for are done (they run on the reopen thread). */
    private static List<String> found(SearchIndex index, String query) {
        awaitRefreshes(index);
        return new QueryEngine(index).search(SearchRequest.of(query), ReaderRights.EDITOR).hits().stream()
                .map(SearchHit::documentSlug).toList();
    }

    @Test
    void a_new_index_is_built_from_the_database_and_follows_later_commits() throws IOException {
        data.openDocument("first-paper", Visibility.PUBLIC, "# Housing\n\n1. Affordable housing for everyone.\n");
        try (SearchIndex index = open()) {
            assertThat(index.needsRebuild()).isTrue();
            Indexer indexer = new Indexer(index, source, CommentSource.NONE);
            indexer.start();
            assertThat(found(index, "affordable")).containsExactly("first-paper");

            data.openDocument("second-paper", Visibility.MEMBERS, "1. Refugees need shelter.\n");
            assertThat(indexer.catchUp()).isPositive();
            assertThat(found(index, "shelter")).containsExactly("second-paper");
            assertThat(found(index, "affordable")).containsExactly("first-paper");
        }
    }

    @Test
    void the_position_survives_a_restart_and_the_index_is_not_rebuilt() throws IOException {
        data.openDocument("first-paper", Visibility.PUBLIC, "1. Affordable housing for everyone.\n");
        String position;
        try (SearchIndex index = open()) {
            new Indexer(index, source, CommentSource.NONE).start();
            // a text only this index holds: a rebuild would lose it
            index.add(new LuceneDocuments().paragraph(new IndexedParagraph(999_999, 9, "marker", "Marker",
                    "PUBLIC", 9, 1, "PUBLISHED", "en", null, "1", 1, null, null, "zanzibar")));
            index.commit(index.position().orElseThrow());
            position = index.position().orElseThrow();
        }
        try (SearchIndex reopened = open()) {
            assertThat(reopened.needsRebuild()).isFalse();
            assertThat(reopened.position()).contains(position);
            Indexer indexer = new Indexer(reopened, source, CommentSource.NONE);
            indexer.start();
            assertThat(found(reopened, "zanzibar")).containsExactly("marker");
            assertThat(found(reopened, "affordable")).containsExactly("first-paper");
        }
    }

    @Test
    void changes_committed_while_the_node_was_down_are_applied_at_the_next_start() throws IOException {
        try (SearchIndex index = open()) {
            new Indexer(index, source, CommentSource.NONE).start();
        }
        // committed in PostgreSQL, never indexed by this node: as after a crash right after commit
        data.openDocument("while-down", Visibility.PUBLIC, "1. Municipal water networks.\n");
        try (SearchIndex reopened = open()) {
            assertThat(found(reopened, "municipal")).isEmpty();
            new Indexer(reopened, source, CommentSource.NONE).start();
            assertThat(found(reopened, "municipal")).containsExactly("while-down");
        }
    }

    @Test
    void changes_searchable_but_not_yet_committed_are_replayed_after_a_crash() throws IOException {
        try (SearchIndex index = open()) {
            Indexer indexer = new Indexer(index, source, CommentSource.NONE);
            indexer.start();
            data.openDocument("applied", Visibility.PUBLIC, "1. Municipal water networks.\n");
            assertThat(indexer.catchUp()).isPositive();
            assertThat(found(index, "municipal")).containsExactly("applied");
            // closed without commitNow(): a crash before the periodic commit
        }
        try (SearchIndex reopened = open()) {
            assertThat(found(reopened, "municipal")).isEmpty();
            Indexer indexer = new Indexer(reopened, source, CommentSource.NONE);
            indexer.start();
            assertThat(found(reopened, "municipal")).containsExactly("applied");
            indexer.commitNow();
        }
        try (SearchIndex again = open()) {
            assertThat(found(again, "municipal")).containsExactly("applied");
        }
    }

    @Test
    void an_index_of_another_schema_version_is_discarded_and_rebuilt() throws IOException {
        data.openDocument("current", Visibility.PUBLIC, "1. Municipal water networks.\n");
        try (IndexWriter old = new IndexWriter(FSDirectory.open(directory), new IndexWriterConfig())) {
            Document stale = new Document();
            stale.add(new StringField("text", "stale", Field.Store.YES));
            old.addDocument(stale);
            old.setLiveCommitData(Map.of(IndexSchema.SCHEMA_KEY, "0", IndexSchema.POSITION_KEY, "1").entrySet());
            old.commit();
        }
        try (SearchIndex index = open()) {
            assertThat(index.needsRebuild()).isTrue();
            assertThat(index.position()).isEmpty();
            new Indexer(index, source, CommentSource.NONE).start();
            assertThat(index.documentCount()).isEqualTo(1);
            assertThat(found(index, "municipal")).containsExactly("current");
        }
    }

    @Test
    void a_change_committed_after_a_later_one_is_not_skipped() throws Exception {
        var document = data.openDocument("renamed", Visibility.PUBLIC, "1. Municipal water networks.\n");
        try (SearchIndex index = open(); Connection slow = dataSource.getConnection();
             Connection fast = dataSource.getConnection()) {
            Indexer indexer = new Indexer(index, source, CommentSource.NONE);
            indexer.start();
            slow.setAutoCommit(false);
            execute(slow, "update document set title = 'Zebra crossings' where id = " + document.document().id());
            execute(slow, "insert into change_log (entity_type, entity_id) values ('DOCUMENT', "
                    + document.document().id() + ")");
            // a later change_log row (higher seq) commits first
            execute(fast, "insert into change_log (entity_type, entity_id) values ('VERSION', "
                    + document.latest().id() + ")");
            indexer.catchUp();
            slow.commit();
            indexer.catchUp();
            awaitRefreshes(index);
            assertThat(new QueryEngine(index).search(SearchRequest.of("zebra"), ReaderRights.EDITOR).total())
                    .isEqualTo(1);
        }
    }

    @Test
    void a_long_transaction_that_changes_nothing_indexed_does_not_hold_back_other_changes() throws Exception {
        try (SearchIndex index = open(); Connection idle = dataSource.getConnection()) {
            Indexer indexer = new Indexer(index, source, CommentSource.NONE);
            indexer.start();
            idle.setAutoCommit(false);
            // holds a transaction id, as an autovacuum analyse or a psql session left open in a transaction does
            execute(idle, "select pg_current_xact_id()");
            data.openDocument("meanwhile", Visibility.PUBLIC, "1. Municipal water networks.\n");
            assertThat(indexer.catchUp()).isPositive();
            assertThat(found(index, "municipal")).containsExactly("meanwhile");
            idle.rollback();
        }
    }

    @Test
    void a_change_still_running_at_a_commit_of_the_index_is_applied_after_a_restart() throws Exception {
        var document = data.openDocument("renamed", Visibility.PUBLIC, "1. Municipal water networks.\n");
        try (Connection slow = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            try (SearchIndex index = open()) {
                Indexer indexer = new Indexer(index, source, CommentSource.NONE);
                indexer.start();
                execute(slow, "update document set title = 'Zebra crossings' where id = " + document.document().id());
                execute(slow, "insert into change_log (entity_type, entity_id) values ('DOCUMENT', "
                        + document.document().id() + ")");
                data.openDocument("later", Visibility.PUBLIC, "1. Affordable housing for everyone.\n");
                assertThat(indexer.catchUp()).as("the later, committed change").isPositive();
                indexer.commitNow();
                assertThat(index.position()).as("names the transaction still running").hasValueSatisfying(
                        p -> assertThat(p).contains(":"));
            }
            slow.commit();
        }
        try (SearchIndex reopened = open()) {
            new Indexer(reopened, source, CommentSource.NONE).start();
            assertThat(found(reopened, "zebra")).containsExactly("renamed");
            assertThat(found(reopened, "affordable")).containsExactly("later");
        }
    }

    @Autowired
    CommentSource comments;
    @Autowired
    CommentService commentService;

    @Test
    void comments_are_indexed_while_every_pooled_connection_is_taken_by_others() throws Exception {
        var version = data.openDocument("paper", Visibility.PUBLIC, "1. Affordable housing for everyone.\n").latest();
        try (SearchIndex index = open()) {
            Indexer indexer = new Indexer(index, source, comments);
            indexer.start();
            data.signIn(data.person(GlobalRole.CONTRIBUTOR));
            commentService.post(data.paragraphs(version).get(0).id(),
                    NewComment.of(CommentKind.COMMENT, "Cooperatives build housing too."));
            data.signOut();
            List<Connection> taken = new ArrayList<>();
            try {
                // as under load, when every connection of the pool serves a request
                for (int i = 0; i < ((HikariDataSource) dataSource).getMaximumPoolSize(); i++) {
                    taken.add(dataSource.getConnection());
                }
                assertThat(indexer.catchUp()).isPositive();
            } finally {
                for (Connection connection : taken) {
                    connection.close();
                }
            }
            assertThat(index.awaitRefreshes(Duration.ofSeconds(10))).isTrue();
            assertThat(new QueryEngine(index).search(SearchRequest.of("cooperatives"), ReaderRights.EDITOR).total())
                    .isEqualTo(1);
        }
    }

    @Autowired
    TranslationService translations;
    @Autowired
    DocumentService documents;

    @Test
    void a_rebuild_indexes_translations_and_a_deleted_translation_leaves_the_index() throws Exception {
        var version = data.openDocument("paper", Visibility.PUBLIC,
                "# Housing\n\n1. Affordable housing for everyone.\n\n2. Shelter for refugees.\n").latest();
        data.signIn(data.person(GlobalRole.EDITOR));
        var paragraphs = data.paragraphs(version);
        var section = documents.sections(version).get(0);
        translations.accept(version, "fr", List.of(
                        new TranslatedParagraph(paragraphs.get(0).id(), "Des logements abordables pour tous."),
                        new TranslatedParagraph(paragraphs.get(1).id(), "Un abri pour les réfugiés.")),
                List.of(new TranslatedParagraph(section.id(), "Logement")));
        data.signOut();
        try (SearchIndex index = open()) {
            Indexer indexer = new Indexer(index, source, CommentSource.NONE);
            indexer.start();
            assertThat(index.documentCount()).as("two paragraphs, two translations").isEqualTo(4);
            var hit = new QueryEngine(index).search(SearchRequest.of("logements"), ReaderRights.ANONYMOUS).hits();
            assertThat(hit).singleElement().satisfies(h -> {
                assertThat(h.language()).isEqualTo("fr");
                assertThat(h.sectionHeading()).as("the translated heading").isEqualTo("Logement");
            });
            assertThat(found(index, "refugies")).as("the folded field finds réfugiés").containsExactly("paper");

            try (Connection connection = dataSource.getConnection()) {
                execute(connection, "delete from paragraph_translation where paragraph_id = " + paragraphs.get(1).id());
                execute(connection, "insert into change_log (entity_type, entity_id) values ('VERSION', "
                        + version.id() + ")");
            }
            assertThat(indexer.catchUp()).isPositive();
            assertThat(found(index, "abri")).isEmpty();
            assertThat(found(index, "logements")).containsExactly("paper");
            assertThat(index.documentCount()).isEqualTo(3);
        }
    }

    @Test
    void the_indexer_reads_the_next_changes_while_the_searcher_reopens_on_its_own_thread() throws Exception {
        try (SearchIndex index = open()) {
            Indexer indexer = new Indexer(index, source, CommentSource.NONE);
            indexer.start();
            Thread caller = Thread.currentThread();
            AtomicBoolean reopenedOnCaller = new AtomicBoolean();
            CountDownLatch reopening = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            index.addRefreshListener(new ReferenceManager.RefreshListener() {
                @Override
                public void beforeRefresh() {
                    reopenedOnCaller.compareAndSet(false, Thread.currentThread() == caller);
                    reopening.countDown();
                    awaitQuietly(release);
                }

                @Override
                public void afterRefresh(boolean didRefresh) {
                }
            });
            data.openDocument("first", Visibility.PUBLIC, "1. Municipal water networks.\n");
            assertThat(indexer.catchUp()).isPositive();
            assertThat(reopening.await(10, TimeUnit.SECONDS)).as("a reopen started").isTrue();
            data.openDocument("second", Visibility.PUBLIC, "1. Affordable housing for everyone.\n");
            assertThat(indexer.catchUp()).as("applied while the first reopen is held").isPositive();
            release.countDown();
            assertThat(found(index, "municipal")).containsExactly("first");
            assertThat(found(index, "affordable")).containsExactly("second");
            assertThat(reopenedOnCaller).as("the indexer's thread never reopened the searcher").isFalse();
        }
    }

    @Test
    void a_reopen_asked_for_during_a_rebuild_waits_for_its_commit() throws Exception {
        data.openDocument("before", Visibility.PUBLIC, "1. Municipal water networks.\n");
        data.openDocument("added", Visibility.PUBLIC, "1. Affordable housing for everyone.\n");
        CountDownLatch midway = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CommentSource slowComments = new CommentSource() {
            @Override
            public List<IndexedComment> visibleComments(Collection<Long> commentIds) {
                return List.of();
            }

            @Override
            public List<IndexedComment> visibleCommentsOfVersion(long versionId) {
                midway.countDown();
                awaitQuietly(release);
                return List.of();
            }
        };
        try (SearchIndex index = open()) {
            new Indexer(index, source, CommentSource.NONE).start();
            long before = index.documentCount();
            Indexer indexer = new Indexer(index, source, slowComments);
            Thread rebuild = new Thread(indexer::rebuild);
            rebuild.start();
            assertThat(midway.await(10, TimeUnit.SECONDS)).isTrue();
            long generation = index.refreshSoon();
            assertThat(index.awaitSearchable(generation, Duration.ofMillis(300))).isFalse();
            assertThat(index.documentCount()).as("searches still see the previous index").isEqualTo(before);
            release.countDown();
            rebuild.join(10_000);
            assertThat(found(index, "municipal")).containsExactly("before");
            assertThat(found(index, "affordable")).containsExactly("added");
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitRefreshes(SearchIndex index) {
        try {
            assertThat(index.awaitRefreshes(Duration.ofSeconds(10))).as("searcher reopened").isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}

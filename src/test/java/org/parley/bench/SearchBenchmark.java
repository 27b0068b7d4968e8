package org.parley.bench;

import java.io.IOException;
import java.util.Comparator;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.lucene.store.FSDirectory;
import org.parley.search.IndexedComment;
import org.parley.search.SearchRequest;
import org.parley.search.SearchSort;
import org.parley.search.internal.IndexedParagraph;
import org.parley.search.internal.LuceneDocuments;
import org.parley.search.internal.QueryEngine;
import org.parley.document.ReaderRights;
import org.parley.search.internal.SearchIndex;
import org.postgresql.PGConnection;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Parley's Lucene search against PostgreSQL full-text search done well, on the same texts in the same run.
 * <p>
 * PostgreSQL: a stored tsvector per row in the row's language (generated column, english/french/spanish), a GIN
 * index, websearch_to_tsquery in the three languages, ts_rank_cd ... LIMIT 10, ts_headline for the 10 snippets and
 * one GROUPING SETS query for the facet counts. Parley: the production QueryEngine (DrillSideways facets on 8
 * dimensions, UnifiedHighlighter snippets from stored offsets) on an index in a directory on disk.
 * <p>
 * Usage: {@code SearchBenchmark [corpus-dir] [sizes] [queries-per-class] [repetitions]}, e.g.
 * {@code ../shared/corpus 10000,100000,1000000 40 1}. Prints Markdown tables. Not part of {@code ./mvnw verify}.
 */
public final class SearchBenchmark {

    public static void main(String[] args) throws Exception {
        Path corpusPath = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        int[] sizes = Arrays.stream((args.length > 1 ? args[1] : "10000,100000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int perClass = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        int repetitions = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        BenchCorpus corpus = new BenchCorpus(corpusPath);
        Map<String, List<BenchQueries.Query>> classes = BenchQueries.build(corpus.baseBodies(), perClass);
        System.out.printf("machine: %d cores, Java %s, load average %s; corpus: %d base texts from %s; %d queries per class%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), loadAverage(),
                corpus.baseSize(),
                corpusPath, perClass);
        classes.forEach((name, qs) -> System.out.printf("  %s: %d queries, e.g. %s%n", name, qs.size(),
                qs.stream().limit(3).map(BenchQueries.Query::parley).toList()));
        Path work = Files.createTempDirectory("parley-search-bench");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(work.resolve("pg"))
                .setCleanDataDirectory(true)
                .setServerConfig("shared_buffers", "1GB").setServerConfig("work_mem", "64MB")
                .setServerConfig("maintenance_work_mem", "1GB").setServerConfig("effective_cache_size", "8GB")
                .setServerConfig("max_wal_size", "4GB").setServerConfig("jit", "off").start()) {
            List<String> rows = new ArrayList<>();
            rows.add("| texts | query class | mode | mean matches (Parley / PostgreSQL) | Parley p50 | Parley p99 "
                    + "| PostgreSQL p50 | PostgreSQL p99 | p99 PostgreSQL ÷ Parley |");
            rows.add("|---:|---|---|---:|---:|---:|---:|---:|---:|");
            List<String> builds = new ArrayList<>();
            for (int size : sizes) {
                List<BenchCorpus.Text> texts = corpus.texts(size);
                try (Connection db = postgres.getPostgresDatabase().getConnection();
                     SearchIndex index = new SearchIndex(FSDirectory.open(work.resolve("index-" + size)))) {
                    long pgMillis = loadPostgres(db, texts);
                    long luceneMillis = loadLucene(index, texts);
                    builds.add(String.format(Locale.ROOT, "| %,d | %,.0f texts/s (%.1f s) | %,.0f texts/s (%.1f s) |",
                            size, size * 1000.0 / luceneMillis, luceneMillis / 1000.0, size * 1000.0 / pgMillis,
                            pgMillis / 1000.0));
                    // the texts are in both stores now; dropping them keeps the heap as small as a server's
                    texts = null;
                    System.gc();
                    QueryEngine engine = new QueryEngine(index);
                    warmUp(engine, db, classes);
                    for (var entry : classes.entrySet()) {
                        measure(rows, size, entry.getKey(), "count only", entry.getValue(), repetitions,
                                q -> engine.count(q.parley(), ReaderRights.EDITOR), q -> pgCount(db, q), matches(engine, db, entry.getValue()));
                        measure(rows, size, entry.getKey(), "top 10 + highlight + facets", entry.getValue(),
                                repetitions, q -> engine.search(new SearchRequest(q.parley(), Map.of(),
                                        SearchSort.RELEVANCE, 0, 10), ReaderRights.EDITOR), q -> pgTop(db, q), "");
                    }
                }
                System.out.println();
                System.out.println(String.join("\n", rows.subList(rows.size() - classes.size() * 2, rows.size())));
            }
            System.out.println("\n## Query latency (ms); load average at the end: " + loadAverage() + "\n");
            System.out.println(String.join("\n", rows));
            System.out.println("\n## Bulk indexing (single thread; PostgreSQL: COPY with generated tsvector, then GIN index)\n");
            System.out.println("| texts | Parley (Lucene) | PostgreSQL |");
            System.out.println("|---:|---:|---:|");
            System.out.println(String.join("\n", builds));
        }
        deleteRecursively(work);
    }

    static long loadPostgres(Connection db, List<BenchCorpus.Text> texts) throws Exception {
        long start = System.nanoTime();
        try (Statement s = db.createStatement()) {
            s.execute("drop table if exists bench_text");
            s.execute("""
                    create table bench_text (
                        id bigint primary key, type text not null, document text not null, version int not null,
                        language text not null, organisation text, org_kind text, comment_kind text, disposition text,
                        config regconfig not null, body text not null,
                        tsv tsvector generated always as (to_tsvector(config, body)) stored)""");
        }
        StringBuilder copy = new StringBuilder();
        var copier = db.unwrap(PGConnection.class).getCopyAPI();
        for (int i = 0; i < texts.size(); i++) {
            BenchCorpus.Text t = texts.get(i);
            String config = switch (t.language()) {
                case "fr" -> "french";
                case "es" -> "spanish";
                default -> "english";
            };
            copy.append(t.id()).append('\t').append(t.type()).append('\t').append(t.document()).append('\t')
                    .append(t.version()).append('\t').append(t.language()).append('\t').append(nul(t.organisation()))
                    .append('\t').append(nul(t.organisationKind())).append('\t').append(nul(t.commentKind()))
                    .append('\t').append(nul(t.disposition())).append('\t').append(config).append('\t')
                    .append(escape(t.body())).append('\n');
            if (copy.length() > 8_000_000 || i == texts.size() - 1) {
                copier.copyIn("copy bench_text (id, type, document, version, language, organisation, org_kind, "
                        + "comment_kind, disposition, config, body) from stdin", new StringReader(copy.toString()));
                copy.setLength(0);
            }
        }
        try (Statement s = db.createStatement()) {
            s.execute("create index bench_text_tsv on bench_text using gin (tsv)");
            s.execute("vacuum analyze bench_text");
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    static String nul(String value) {
        return value == null ? "\\N" : escape(value);
    }

    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\t", " ").replace("\n", " ").replace("\r", " ");
    }

    static long loadLucene(SearchIndex index, List<BenchCorpus.Text> texts) {
        long start = System.nanoTime();
        LuceneDocuments documents = new LuceneDocuments();
        OffsetDateTime date = OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        for (BenchCorpus.Text t : texts) {
            long documentId = Math.abs(t.document().hashCode());
            long versionId = documentId * 10 + t.version();
            if (t.type().equals("comment")) {
                index.add(documents.comment(new IndexedComment(t.id(), documentId, t.document(), t.document(), "PUBLIC",
                        versionId, t.version(), "OPEN_FOR_COMMENTS", t.id(), "1", null, t.commentKind(),
                        t.organisation(), t.organisationKind(), "Bench", "PUBLISHED", t.disposition(), t.language(),
                        t.body(), date.plusSeconds(t.id()))));
            } else {
                index.add(documents.paragraph(new IndexedParagraph(t.id(), documentId, t.document(), t.document(),
                        "PUBLIC", versionId, t.version(), "PUBLISHED", t.language(), date.plusSeconds(t.id()),
                        Long.toString(t.id() % 1000), (int) (t.id() % 1000), null, null, t.body())));
            }
        }
        index.commit("bench");
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long pgCount(Connection db, BenchQueries.Query q) {
        try (PreparedStatement ps = db.prepareStatement("select count(*) from bench_text where tsv @@ " + PostgresResultsPage.TSQUERY)) {
            PostgresResultsPage.bindQuery(ps, q.postgres(), 1);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a results page needs: the 10 best with snippets, then the facet counts over all matches. */
    static void pgTop(Connection db, BenchQueries.Query q) {
        try {
            PostgresResultsPage.read(db, "bench_text", q.postgres());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void measure(List<String> rows, int size, String queryClass, String mode,
                                List<BenchQueries.Query> queries, int repetitions,
                                Consumer<BenchQueries.Query> parley, Consumer<BenchQueries.Query> postgres,
                                String matches) {
        List<Double> p = new ArrayList<>();
        List<Double> g = new ArrayList<>();
        for (int r = 0; r < repetitions; r++) {
            for (BenchQueries.Query q : queries) {
                p.add(time(() -> parley.accept(q)));
                g.add(time(() -> postgres.accept(q)));
            }
        }
        double p99Parley = percentile(p, 99);
        double p99Postgres = percentile(g, 99);
        String row = String.format(Locale.ROOT, "| %,d | %s | %s | %s | %.2f | %.2f | %.2f | %.2f | %.1f× |", size,
                queryClass, mode, matches, percentile(p, 50), p99Parley, percentile(g, 50), p99Postgres,
                p99Postgres / p99Parley);
        rows.add(row);
        System.out.println(row);
    }

    /**
     * Untimed passes over every query, in both modes, for at least {@code bench.warmup-seconds} (default 20) and two
     * passes: the JVM's JIT compiles a method after thousands of calls, and at 10^3 texts two passes took well under
     * a second, so the first size was measured partly in the interpreter (count-only AND at 10^3 took 0.86 ms, at
     * 10^4 0.31 ms). One pass for PostgreSQL (its buffer cache; the index and table of every size fit in
     * shared_buffers plus the OS cache).
     */
    private static void warmUp(QueryEngine engine, Connection db, Map<String, List<BenchQueries.Query>> classes) {
        long until = System.nanoTime() + Long.getLong("bench.warmup-seconds", 20) * 1_000_000_000L;
        for (int pass = 0; pass < 2 || System.nanoTime() < until; pass++) {
            for (List<BenchQueries.Query> queries : classes.values()) {
                for (BenchQueries.Query q : queries) {
                    engine.count(q.parley(), ReaderRights.EDITOR);
                    engine.search(new SearchRequest(q.parley(), Map.of(), SearchSort.RELEVANCE, 0, 10),
                            ReaderRights.EDITOR);
                    if (pass == 0) {
                        pgCount(db, q);
                        pgTop(db, q);
                    }
                }
            }
        }
    }

    /** Mean number of matching texts per query of a class, for both engines: they should do similar work. */
    private static String matches(QueryEngine engine, Connection db, List<BenchQueries.Query> queries) {
        long parley = 0;
        long postgres = 0;
        for (BenchQueries.Query q : queries) {
            parley += engine.count(q.parley(), ReaderRights.EDITOR);
            postgres += pgCount(db, q);
        }
        return String.format(Locale.ROOT, "%,d / %,d", parley / queries.size(), postgres / queries.size());
    }

    /** The indexes and the database of a run take gigabytes at 10^6 texts: nothing is kept. */
    static void deleteRecursively(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    static String loadAverage() {
        try {
            return String.join(" ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static double time(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return (System.nanoTime() - start) / 1_000_000.0;
    }

    /** Nearest-rank percentile. With 40 samples, p99 is the slowest query. */
    static double percentile(List<Double> samples, int percentile) {
        List<Double> sorted = new ArrayList<>(samples);
        sorted.sort(Double::compare);
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}

package org.parley.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.postgresql.PGConnection;

import java.io.InputStream;
import java.io.StringReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Search over HTTP at a given number of texts, against PostgreSQL full-text search on the same texts, in the same
 * run. Two steps, run by {@code bench/search-benchmark.sh http}:
 * <ul>
 * <li>{@code seed <data-dir> <db-port> <corpus> <size>}: while Parley runs on an empty database, empties its
 * documents and writes {@code size} texts of {@link BenchCorpus} as published, public paragraphs with {@code COPY}
 * (one document per corpus document, one version per corpus version), the same texts into {@code bench.bench_text}
 * with a stored tsvector and a GIN index (as {@link SearchBenchmark}), and gives PostgreSQL the settings of
 * {@link SearchBenchmark} (applied at the next start). The script then restarts Parley without its index, so that
 * Parley builds it from the database as it does after a deleted index.</li>
 * <li>{@code measure <base-url> <data-dir> <db-port> <corpus> <size> <queries-per-class> <repetitions> [token]}:
 * waits for the index, warms every path up for 120 s (at least two passes; {@code -Dbench.warmup-seconds}), then
 * times each path over every query, one path at a time in a shuffled order per repetition, over one keep-alive HTTP
 * connection: the liveness probe
 * ({@code GET /actuator/health/liveness}, no database), {@code GET /api/v1/search} (top 10, highlights, facets),
 * PostgreSQL FTS's results page for the same query over HTTP through Parley's own stack
 * ({@link PostgresSearchEndpoint}: top 10 by {@code ts_rank_cd} with {@code ts_headline}, then the facet counts;
 * for several words that match nothing together, the page of any of them, as Parley answers), the same page asked
 * directly over JDBC ({@link PostgresResultsPage}), and {@code GET /api/v1/search/suggestions} for the first four
 * letters of the query's first word. The liveness probe is also timed with the JDK's
 * HttpClient, to show what a client adds.</li>
 * </ul>
 * The benchmark connects to Parley's embedded PostgreSQL as its superuser, with the password Parley keeps in the
 * data directory. Percentiles are nearest-rank.
 */
public final class HttpScaleBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LIVENESS = "/actuator/health/liveness";
    /** The paths compared per query class. */
    private static final Set<String> COMPARED = Set.of("parley", "postgres http", "postgres jdbc");

    private HttpScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "seed" -> seed(Path.of(args[1]), Integer.parseInt(args[2]), Path.of(args[3]),
                    Integer.parseInt(args[4]));
            case "measure" -> measure(args[1], Path.of(args[2]), Integer.parseInt(args[3]), Path.of(args[4]),
                    Integer.parseInt(args[5]), Integer.parseInt(args[6]), Integer.parseInt(args[7]),
                    args.length > 8 && !args[8].isBlank() ? args[8] : null);
            default -> throw new IllegalArgumentException("seed or measure, not " + args[0]);
        }
    }

    private static Connection superuser(Path dataDir, int port) throws Exception {
        String password = Files.readString(dataDir.resolve("postgres/parley-superuser-password")).strip();
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", password);
    }

    private static void seed(Path dataDir, int port, Path corpusPath, int size) throws Exception {
        // a short text may lose its only word in a varied copy: a paragraph is never empty
        List<BenchCorpus.Text> texts = new BenchCorpus(corpusPath).texts(size).stream()
                .map(t -> t.body().isBlank() ? new BenchCorpus.Text(t.id(), t.type(), t.document(), t.version(),
                        t.language(), t.organisation(), t.organisationKind(), t.commentKind(), t.disposition(),
                        t.document()) : t)
                .toList();
        try (Connection db = superuser(dataDir, port)) {
            long start = System.nanoTime();
            try (Statement s = db.createStatement()) {
                s.execute("truncate document restart identity cascade");
            }
            Map<String, Long> versions = documentsAndVersions(db, texts);
            copyParagraphs(db, texts, versions);
            try (Statement s = db.createStatement()) {
                s.execute("vacuum analyze document, document_version, paragraph");
            }
            long parleyRows = (System.nanoTime() - start) / 1_000_000;
            try (Statement s = db.createStatement()) {
                s.execute("create schema if not exists bench");
                s.execute("set search_path = bench");
            }
            long fts = SearchBenchmark.loadPostgres(db, texts);
            try (Statement s = db.createStatement()) {
                // for PostgresSearchEndpoint, which reads through Parley's pool
                s.execute("grant usage on schema bench to parley");
                s.execute("grant select on bench.bench_text to parley");
            }
            try (Statement s = db.createStatement()) {
                for (String setting : List.of("shared_buffers = '1GB'", "work_mem = '64MB'",
                        "effective_cache_size = '8GB'", "jit = off")) {
                    s.execute("alter system set " + setting);
                }
            }
            System.out.printf(Locale.ROOT, "seeded %,d texts: Parley's tables %.1f s (COPY), PostgreSQL FTS table "
                    + "%.1f s (COPY, tsvector, GIN index); %d document versions%n", size, parleyRows / 1000.0,
                    fts / 1000.0, versions.size());
        }
    }

    private static String slug(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.length() > 80 ? slug.substring(0, 80).replaceAll("-$", "") : slug;
    }

    /** One public document per corpus document, one published version per corpus version: ids by key. */
    private static Map<String, Long> documentsAndVersions(Connection db, List<BenchCorpus.Text> texts)
            throws Exception {
        Map<String, String> languageOfDocument = new LinkedHashMap<>();
        Map<String, Map<Integer, Boolean>> versionsOfDocument = new LinkedHashMap<>();
        for (BenchCorpus.Text t : texts) {
            languageOfDocument.putIfAbsent(slug(t.document()), t.language());
            versionsOfDocument.computeIfAbsent(slug(t.document()), d -> new java.util.TreeMap<>())
                    .put(t.version(), true);
        }
        Map<String, Long> versionIds = new LinkedHashMap<>();
        try (PreparedStatement document = db.prepareStatement("insert into document (slug, title, visibility, "
                + "source_language) values (?, ?, 'PUBLIC', ?) returning id");
             PreparedStatement version = db.prepareStatement("insert into document_version (document_id, number, "
                     + "status, language, published_at) values (?, ?, 'PUBLISHED', ?, now()) returning id")) {
            for (var entry : versionsOfDocument.entrySet()) {
                String language = languageOfDocument.get(entry.getKey());
                document.setString(1, entry.getKey());
                document.setString(2, "Benchmark " + entry.getKey());
                document.setString(3, language);
                long documentId = single(document);
                for (int number : entry.getValue().keySet()) {
                    version.setLong(1, documentId);
                    version.setInt(2, number);
                    version.setString(3, language);
                    versionIds.put(entry.getKey() + "/" + number, single(version));
                }
            }
        }
        return versionIds;
    }

    private static long single(PreparedStatement statement) throws Exception {
        try (ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void copyParagraphs(Connection db, List<BenchCorpus.Text> texts, Map<String, Long> versions)
            throws Exception {
        var copier = db.unwrap(PGConnection.class).getCopyAPI();
        Map<Long, Integer> ordinals = new java.util.HashMap<>();
        StringBuilder copy = new StringBuilder();
        for (int i = 0; i < texts.size(); i++) {
            BenchCorpus.Text t = texts.get(i);
            long versionId = versions.get(slug(t.document()) + "/" + t.version());
            int ordinal = ordinals.merge(versionId, 1, Integer::sum);
            String body = t.body().length() > 100_000 ? t.body().substring(0, 100_000) : t.body();
            copy.append(versionId).append('\t').append(ordinal).append('\t').append(ordinal).append('\t')
                    .append(SearchBenchmark.escape(body)).append('\t').append(UUID.randomUUID()).append('\n');
            if (copy.length() > 8_000_000 || i == texts.size() - 1) {
                copier.copyIn("copy paragraph (version_id, ordinal, number, text, lineage_id) from stdin",
                        new StringReader(copy.toString()));
                copy.setLength(0);
            }
        }
    }

    private static void measure(String base, Path dataDir, int port, Path corpusPath, int size, int perClass,
                                int repetitions, String token) throws Exception {
        BenchCorpus corpus = new BenchCorpus(corpusPath);
        Map<String, List<BenchQueries.Query>> classes = BenchQueries.build(corpus.baseBodies(), perClass);
        HttpClient asyncClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        String probe = classes.get("common term").get(0).parley();
        long waited = waitForIndex(asyncClient, base, probe);
        try (Connection db = superuser(dataDir, port)) {
            try (Statement s = db.createStatement()) {
                s.execute("set search_path = bench");
            }
            String loadBefore = SearchBenchmark.loadAverage();
            Map<String, TimedPath> paths = new LinkedHashMap<>();
            paths.put("liveness", q -> get(base, LIVENESS, null));
            paths.put("liveness, JDK HttpClient", q -> getAsync(asyncClient, base, LIVENESS));
            paths.put("parley", q -> get(base, search(q), token));
            paths.put("postgres http", q -> get(base, postgresSearch(q), token));
            paths.put("postgres jdbc", q -> {
                long start = System.nanoTime();
                SearchBenchmark.pgTop(db, q);
                return (System.nanoTime() - start) / 1e6;
            });
            paths.put("suggestions", q -> get(base, suggestions(q), token));
            // every path alike, until the server's JIT has settled: after 30 s it still compiled about 1,800 methods
            // per 10 s (a timed part on half-compiled code, Parley's longer path the most), after 120 s about 50
            long warmUntil = System.nanoTime() + Long.getLong("bench.warmup-seconds", 120) * 1_000_000_000L;
            for (int pass = 0; pass < 2 || System.nanoTime() < warmUntil; pass++) {
                for (List<BenchQueries.Query> queries : classes.values()) {
                    for (BenchQueries.Query q : queries) {
                        for (TimedPath path : paths.values()) {
                            path.call(q);
                        }
                    }
                }
            }
            Map<String, List<Double>> all = new LinkedHashMap<>();
            Random shuffle = new Random(42);
            Map<String, Map<String, List<Double>>> byClass = new LinkedHashMap<>();
            for (int r = 0; r < repetitions; r++) {
                // One path at a time over every query, in a shuffled order of paths per repetition. Interleaved per
                // query, a fixed order gave each path the same neighbour every time, and a shuffled one let the JDBC
                // column run the very query the PostgreSQL endpoint was about to run on the same database half of the
                // time (warm pages and plan), which Parley's search never had.
                List<String> order = new ArrayList<>(paths.keySet());
                Collections.shuffle(order, shuffle);
                for (String name : order) {
                    for (var entry : classes.entrySet()) {
                        Map<String, List<Double>> ofClass = byClass.computeIfAbsent(entry.getKey(),
                                k -> new LinkedHashMap<>());
                        for (BenchQueries.Query q : entry.getValue()) {
                            double millis = paths.get(name).call(q);
                            add(all, name, millis);
                            if (COMPARED.contains(name)) {
                                add(ofClass, name, millis);
                            }
                        }
                    }
                }
            }
            String caller = token == null ? "anonymous" : "bearer token";
            System.out.printf(Locale.ROOT, "## %,d texts, %s: index ready after %d s; load average %s at the start, "
                    + "%s at the end; %d searches; blocking HTTP/1.1 client on one keep-alive connection "
                    + "(the JDK HttpClient's liveness in the last column but one)%n", size, caller, waited, loadBefore,
                    SearchBenchmark.loadAverage(), all.get("parley").size());
            System.out.printf(Locale.ROOT, "ROW | %,d | %s | %.2f / %.2f | %.2f / %.2f / %.2f | %.2f / %.2f | %.1f× "
                            + "| %.2f / %.2f | %.1f× | %.2f / %.2f | %.1f× | %.2f / %.2f |%n", size, caller,
                    p(all, "liveness", 50), p(all, "liveness", 99),
                    p(all, "parley", 50), p(all, "parley", 90), p(all, "parley", 99),
                    p(all, "postgres http", 50), p(all, "postgres http", 99),
                    p(all, "postgres http", 99) / p(all, "parley", 99),
                    p(all, "postgres jdbc", 50), p(all, "postgres jdbc", 99),
                    p(all, "postgres jdbc", 99) / p(all, "parley", 99),
                    p(all, "suggestions", 50), p(all, "suggestions", 99),
                    p(all, "parley", 50) / p(all, "liveness", 50),
                    p(all, "liveness, JDK HttpClient", 50), p(all, "liveness, JDK HttpClient", 99));
            for (var entry : byClass.entrySet()) {
                Map<String, List<Double>> c = entry.getValue();
                System.out.printf(Locale.ROOT, "CLASS | %,d | %s | %s | %.2f / %.2f | %.2f / %.2f | %.1f× | %.2f / %.2f "
                                + "| %.1f× |%n", size, caller, entry.getKey(), p(c, "parley", 50), p(c, "parley", 99),
                        p(c, "postgres http", 50), p(c, "postgres http", 99),
                        p(c, "postgres http", 99) / p(c, "parley", 99), p(c, "postgres jdbc", 50),
                        p(c, "postgres jdbc", 99), p(c, "postgres jdbc", 99) / p(c, "parley", 99));
            }
        }
    }

    /** One timed call of a path for a query, in milliseconds. */
    private interface TimedPath {
        double call(BenchQueries.Query q) throws Exception;
    }

    private static void add(Map<String, List<Double>> samples, String name, double millis) {
        samples.computeIfAbsent(name, k -> new ArrayList<>()).add(millis);
    }

    private static double p(Map<String, List<Double>> samples, String name, int percentile) {
        return SearchBenchmark.percentile(samples.get(name), percentile);
    }

    private static String postgresSearch(BenchQueries.Query q) {
        return "/api/v1/bench/postgres-search?q=" + URLEncoder.encode(q.postgres(), StandardCharsets.UTF_8);
    }

    private static String search(BenchQueries.Query q) {
        return "/api/v1/search?q=" + URLEncoder.encode(q.parley(), StandardCharsets.UTF_8);
    }

    private static String suggestions(BenchQueries.Query q) {
        String word = q.parley().replace("\"", "").split(" ")[0];
        return "/api/v1/search/suggestions?q="
                + URLEncoder.encode(word.substring(0, Math.min(4, word.length())), StandardCharsets.UTF_8);
    }

    /** Parley builds its index in the background after a start without one: wait until a common word is found. */
    private static long waitForIndex(HttpClient client, String base, String word) throws Exception {
        long start = System.nanoTime();
        while (true) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/search?q="
                    + URLEncoder.encode(word, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = JSON.readTree(response.body());
            if (response.statusCode() == 200 && body.path("total").asLong() > 0) {
                return (System.nanoTime() - start) / 1_000_000_000;
            }
            if (System.nanoTime() - start > Duration.ofMinutes(30).toNanos()) {
                throw new IllegalStateException("index not ready after 30 minutes: " + response.body());
            }
            Thread.sleep(2000);
        }
    }

    /**
     * One GET on a blocking HTTP/1.1 client that reuses its keep-alive connection, as the JDBC driver is a blocking
     * client on one connection: the JDK's HttpClient hands each exchange between threads, which on two busy cores
     * added about as much to the liveness probe as the probe itself costs (its figures are printed beside).
     */
    private static double get(String base, String path, String token) throws Exception {
        long start = System.nanoTime();
        HttpURLConnection connection = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
        connection.setUseCaches(false);
        if (token != null) {
            connection.setRequestProperty("Authorization", "Bearer " + token);
        }
        int status = connection.getResponseCode();
        byte[] body;
        try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            body = in == null ? new byte[0] : in.readAllBytes();
        }
        double elapsed = (System.nanoTime() - start) / 1e6;
        if (status != 200) {
            throw new IllegalStateException(path + " answered " + status + ": " + new String(body,
                    StandardCharsets.UTF_8));
        }
        return elapsed;
    }

    private static double getAsync(HttpClient client, String base, String path) throws Exception {
        long start = System.nanoTime();
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        double elapsed = (System.nanoTime() - start) / 1e6;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return elapsed;
    }

}

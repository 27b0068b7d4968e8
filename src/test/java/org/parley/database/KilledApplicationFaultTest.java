package org.parley.database;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault the issue names: Parley's JVM killed with SIGKILL in the middle of a stream of comment posts, then
 * started again on the same data directory. Every comment whose post was answered 201 before the kill is there
 * after the restart, with its text, and the search finds it (the index is caught up from the database, whatever
 * the killed JVM had or had not written to it). Parley runs as a real separate process (same classpath as the
 * tests), with its own embedded PostgreSQL and an index on disk; the postmaster the killed JVM leaves behind is
 * stopped by the next start.
 */
class KilledApplicationFaultTest {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final int POSTERS = 4;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 40;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String adminToken = "pat_" + UUID.randomUUID().toString().replace("-", "");
    private Path data;
    private int httpPort;
    private int databasePort;
    private Process parley;

    @Test
    void comments_acknowledged_before_a_kill_9_are_kept_and_searchable_after_the_restart() throws Exception {
        data = Files.createTempDirectory("parley-kill-test");
        httpPort = EmbeddedTestDirectories.freePort();
        databasePort = EmbeddedTestDirectories.freePort();

        parley = start("first");
        createOpenDocument("kill-test");
        long paragraphId = json.readTree(get("/api/v1/documents/kill-test/versions/1").body())
                .path("paragraphs").get(0).path("id").asLong();

        Map<Long, String> acknowledged = Collections.synchronizedMap(new LinkedHashMap<>());
        CountDownLatch enoughAcknowledged = new CountDownLatch(ACKNOWLEDGED_BEFORE_KILL);
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> posters = new ArrayList<>();
        for (int p = 0; p < POSTERS; p++) {
            int poster = p;
            Thread thread = new Thread(() -> {
                for (int i = 0; !stop.get(); i++) {
                    String word = marker(poster * 100_000 + i);
                    try {
                        HttpResponse<String> response = post("/api/v1/documents/kill-test/versions/1/paragraphs/"
                                + paragraphId + "/comments", "{\"kind\":\"COMMENT\",\"body\":\"The cities of the "
                                + "Mediterranean ask for " + word + " support.\"}");
                        if (response.statusCode() == 201) {
                            acknowledged.put(json.readTree(response.body()).path("id").asLong(), word);
                            enoughAcknowledged.countDown();
                        }
                    } catch (IOException e) {
                        // the server went away in the middle of this post: it was never acknowledged
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            thread.start();
            posters.add(thread);
        }
        assertThat(enoughAcknowledged.await(2, TimeUnit.MINUTES)).as("comments acknowledged before the kill").isTrue();
        parley.destroyForcibly(); // SIGKILL: no shutdown hook runs, nothing is flushed
        assertThat(parley.waitFor(30, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(500);
        stop.set(true);
        for (Thread poster : posters) {
            poster.join(Duration.ofSeconds(30).toMillis());
        }
        Map<Long, String> beforeKill = Map.copyOf(acknowledged);
        assertThat(beforeKill).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);

        parley = start("after-kill");
        for (Map.Entry<Long, String> comment : beforeKill.entrySet()) {
            HttpResponse<String> stored = get("/api/v1/comments/" + comment.getKey());
            assertThat(stored.statusCode()).as("comment %s after the restart", comment.getKey()).isEqualTo(200);
            assertThat(json.readTree(stored.body()).path("body").asText()).contains(comment.getValue());
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        List<Map.Entry<Long, String>> unsearchable = new ArrayList<>(beforeKill.entrySet());
        while (!unsearchable.isEmpty() && System.nanoTime() < deadline) {
            unsearchable.removeIf(comment -> foundBySearch(comment.getValue(), comment.getKey()));
            if (!unsearchable.isEmpty()) {
                Thread.sleep(500);
            }
        }
        assertThat(unsearchable).as("acknowledged comments the search does not find after the restart").isEmpty();
    }

    @AfterEach
    void stopParley() throws Exception {
        if (parley != null && parley.isAlive()) {
            parley.destroy(); // SIGTERM: Parley stops its PostgreSQL on the way out
            if (!parley.waitFor(60, TimeUnit.SECONDS)) {
                parley.destroyForcibly();
            }
        }
        if (data != null) {
            StalePostmaster.stopIfRunning(data.resolve("postgres"));
        }
    }

    private Process start(String name) throws Exception {
        Path log = Paths.get("target", "test-logs", "killed-application-" + name + ".log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        Path javaBinary = Paths.get(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(javaBinary.toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-cp", applicationClasspath(), "org.parley.Application",
                "--server.port=" + httpPort,
                "--parley.embedded-database.directory=" + data.resolve("postgres"),
                "--parley.embedded-database.runtime-directory=" + data.resolve("postgres-runtime"),
                "--parley.embedded-database.port=" + databasePort,
                "--parley.search.index-directory=" + data.resolve("index"),
                "--parley.demo-content=false",
                "--parley.admin.email=admin@fault-test.example",
                "--parley.admin.password=" + UUID.randomUUID(),
                "--parley.admin.token=" + adminToken,
                "--vaadin.devmode.devTools.enabled=false",
                "--logging.file.name=" + log.resolveSibling("killed-application-" + name + ".json"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("Parley (%s) is running; see %s", name, log).isTrue();
            try {
                if (get("/actuator/health/readiness").statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        process.destroyForcibly();
        throw new AssertionError("Parley (" + name + ") was not ready in " + START_TIMEOUT + "; see " + log);
    }

    /** The tests' classpath without the test classes (their beans and resources belong to the tests). */
    private static String applicationClasspath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Paths.get(entry).toAbsolutePath();
            boolean mainClasses = Files.isDirectory(path) && path.endsWith(Paths.get("target", "classes"));
            if (!entry.isBlank() && (mainClasses || Files.isRegularFile(path))) {
                entries.add(path.toString());
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private void createOpenDocument(String slug) throws Exception {
        String boundary = "parley-" + UUID.randomUUID();
        String markdown = "1. Cities are where migrants arrive, work and find a home.\n\n"
                + "2. Local governments ask for a seat at the table where migration is decided.\n";
        StringBuilder body = new StringBuilder();
        for (Map.Entry<String, String> field : Map.of("title", "Kill test", "slug", slug, "language", "en",
                "visibility", "PUBLIC").entrySet()) {
            body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                    .append(field.getKey()).append("\"\r\n\r\n").append(field.getValue()).append("\r\n");
        }
        body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; "
                + "filename=\"paper.md\"\r\nContent-Type: text/markdown\r\n\r\n").append(markdown).append("\r\n--")
                .append(boundary).append("--\r\n");
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(uri("/api/v1/documents"))
                .header("Authorization", "Bearer " + adminToken)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        HttpResponse<String> opened = http.send(HttpRequest.newBuilder(uri("/api/v1/documents/" + slug
                        + "/versions/1/round")).header("Authorization", "Bearer " + adminToken)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
    }

    private boolean foundBySearch(String word, long commentId) {
        try {
            JsonNode hits = json.readTree(get("/api/v1/search?type=comment&q="
                    + URLEncoder.encode(word, StandardCharsets.UTF_8)).body()).path("hits");
            for (JsonNode hit : hits) {
                if (hit.path("type").asText().equals("comment") && hit.path("id").asLong() == commentId) {
                    return true;
                }
            }
            return false;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** A word of letters only, one per comment, that no analyser splits or stems into another's. */
    private static String marker(int n) {
        StringBuilder word = new StringBuilder("zq");
        do {
            word.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return word.append("x").toString();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + adminToken)
                .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + adminToken)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + httpPort + path);
    }
}

package org.parley.database;

import org.parley.base.DatabaseUnavailable;
import org.junit.jupiter.api.Test;
import org.parley.document.DocumentService;
import org.parley.document.NewDocument;
import org.parley.document.Visibility;
import org.parley.security.SystemActor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real fault: the embedded postmaster is killed with SIGKILL while Parley runs. Meanwhile the API answers 503
 * problem+json with Retry-After (never a redirect to the login page, even with a bearer token), readiness is DOWN
 * and liveness UP; the supervisor starts PostgreSQL again by itself, readiness comes back, and every write that was
 * acknowledged before the kill is still there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class EmbeddedDatabaseFaultTest {

    @DynamicPropertySource
    static void embeddedDatabase(DynamicPropertyRegistry registry) {
        EmbeddedTestDirectories.register(registry);
    }

    @Autowired
    EmbeddedDatabaseServer server;
    @Autowired
    EmbeddedDatabaseSupervisor supervisor;
    @Autowired
    DocumentService documents;
    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void killed_postgres_answers_503_then_comes_back_by_itself_with_every_acknowledged_write() throws Exception {
        List<String> acknowledged = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String slug = "before-kill-" + i;
            SystemActor.run(() -> documents.importDocument(new NewDocument(slug, "Before the kill", "en",
                    Visibility.PUBLIC), "a.md", "1. A paragraph.\n".getBytes(StandardCharsets.UTF_8)));
            acknowledged.add(slug);
        }
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);

        supervisor.holdRestarts(true);
        long postmaster = server.postmasterPid().orElseThrow();
        assertThat(ProcessHandle.of(postmaster).orElseThrow().destroyForcibly()).isTrue(); // SIGKILL
        waitUntil(() -> !EmbeddedDatabaseSupervisor.isAlive(server), Duration.ofSeconds(20));

        HttpResponse<String> withToken = send(HttpRequest.newBuilder(uri("/api/v1/documents"))
                .header("Authorization", "Bearer some-valid-looking-token")
                .POST(HttpRequest.BodyPublishers.ofString("")).build());
        assertUnavailableProblem(withToken);
        HttpResponse<String> anonymous = get("/api/v1/documents");
        assertUnavailableProblem(anonymous);
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(503);
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);

        supervisor.holdRestarts(false);
        waitUntil(() -> get("/actuator/health/readiness").statusCode() == 200, Duration.ofSeconds(90));
        assertThat(get("/api/v1/documents").statusCode()).isEqualTo(200);
        for (String slug : acknowledged) {
            assertThat(SystemActor.call(() -> documents.document(slug).document().slug())).isEqualTo(slug);
        }
        assertThat(server.postmasterPid().orElseThrow()).isNotEqualTo(postmaster);
    }

    private static void assertUnavailableProblem(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("Retry-After")).hasValue(DatabaseUnavailable.RETRY_AFTER_SECONDS);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.body()).contains("cannot reach its database");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", "en").GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    interface Condition {
        boolean holds() throws Exception;
    }

    private static void waitUntil(Condition condition, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.holds()) {
            assertThat(System.nanoTime()).as("waited %s", timeout).isLessThan(deadline);
            Thread.sleep(200);
        }
    }
}

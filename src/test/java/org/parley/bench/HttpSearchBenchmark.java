package org.parley.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Search over HTTP against the liveness probe, in the same run, on a running Parley: each round asks the probe
 * ({@code GET /actuator/health/liveness}, no database) and then {@code GET /api/v1/search} for one of a fixed set of
 * queries as delegates type them, alternating, over one keep-alive connection; also the suggestions endpoint.
 * Prints p50/p90/p99 per endpoint and the ratio of the search median to the probe median.
 * Usage: {@code HttpSearchBenchmark <base-url> [rounds] [bearer-token]} (no token: anonymous).
 */
public final class HttpSearchBenchmark {

    private static final List<String> QUERIES = List.of("housing", "the role of cities", "le logement des migrants",
            "las mujeres y las niñas", "l'égalité des sexes", "mariage", "\"right to the city\"", "climate OR climat",
            "consentement des parents", "المدن", "participation of migrants", "travail décent");

    private HttpSearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 600;
        String token = args.length > 2 ? args[2] : null;
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        List<Long> liveness = new ArrayList<>();
        List<Long> search = new ArrayList<>();
        List<Long> suggest = new ArrayList<>();
        for (int warmUp = 0; warmUp < 100; warmUp++) {
            round(client, base, token, warmUp, null, null, null);
        }
        for (int i = 0; i < rounds; i++) {
            round(client, base, token, i, liveness, search, suggest);
        }
        System.out.printf(Locale.ROOT, "load average %s; %d rounds; %s%n",
                java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip(), rounds,
                token == null ? "anonymous" : "bearer token");
        print("liveness probe", liveness);
        print("search", search);
        print("suggestions", suggest);
        System.out.printf(Locale.ROOT, "search median / liveness median: %.1f×%n",
                percentile(search, 50) / percentile(liveness, 50));
    }

    private static void round(HttpClient client, String base, String token, int i, List<Long> liveness,
                              List<Long> search, List<Long> suggest) throws Exception {
        time(client, base + "/actuator/health/liveness", null, liveness);
        String q = QUERIES.get(i % QUERIES.size());
        time(client, base + "/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), token, search);
        String prefix = q.replace("\"", "").substring(0, Math.min(4, q.length()));
        time(client, base + "/api/v1/search/suggestions?q=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8),
                token, suggest);
    }

    private static void time(HttpClient client, String url, String token, List<Long> sink) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        long start = System.nanoTime();
        HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        long elapsed = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        if (sink != null) {
            sink.add(elapsed);
        }
    }

    private static void print(String what, List<Long> nanos) {
        System.out.printf(Locale.ROOT, "%-15s p50 %6.2f ms  p90 %6.2f ms  p99 %6.2f ms  (n=%d)%n", what,
                percentile(nanos, 50), percentile(nanos, 90), percentile(nanos, 99), nanos.size());
    }

    /** Nearest-rank percentile, in milliseconds. */
    private static double percentile(List<Long> nanos, int p) {
        List<Long> sorted = nanos.stream().sorted().toList();
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1e6;
    }
}

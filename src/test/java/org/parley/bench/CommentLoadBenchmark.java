package org.parley.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Issue 14's write path over HTTP against a running Parley with the demo paper (bench/comment-load-benchmark.sh starts
 * the production jar on a throw-away embedded PostgreSQL): the liveness probe, a
 * comment post one at a time (p50/p99 and the ratio to the probe), a thread read, then {@code clients} concurrent
 * clients posting for {@code seconds}: posts per second, errors, comments stored versus acknowledged, and the delay
 * from a post's 201 to its text being found by search (one post in forty is followed, so the follower never lags behind).
 * Usage: {@code CommentLoadBenchmark <base-url> <bearer token> [sequential posts, default 1000] [seconds, default 60]
 * [clients, default 20]}.
 */
public final class CommentLoadBenchmark {

    private static final String SLUG = "migrants-policy-paper";
    private static final ObjectMapper JSON = new ObjectMapper();

    private CommentLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        String token = args[1];
        int sequential = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        int clients = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Caller caller = new Caller(http, base, token);
        List<Long> paragraphs = caller.paragraphIds();
        System.out.printf(Locale.ROOT, "machine: %d cores, load average %s%n",
                Runtime.getRuntime().availableProcessors(), loadAverage());

        for (int i = 0; i < 300; i++) {
            caller.liveness();
        }
        List<Double> probe = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            probe.add(caller.liveness());
        }
        double probeMedian = percentile(probe, 50);
        System.out.printf(Locale.ROOT, "liveness probe: p50 %.2f ms, p99 %.2f ms (n=%d)%n", probeMedian,
                percentile(probe, 99), probe.size());

        AtomicInteger words = new AtomicInteger();
        for (int i = 0; i < 200; i++) {
            caller.post(paragraphs.get(i % paragraphs.size()), uniqueWord(words.getAndIncrement()));
        }
        List<Double> posts = new ArrayList<>();
        for (int i = 0; i < sequential; i++) {
            long started = System.nanoTime();
            int status = caller.post(paragraphs.get(i % paragraphs.size()), uniqueWord(words.getAndIncrement()));
            if (status != 201) {
                throw new IllegalStateException("post answered " + status);
            }
            posts.add((System.nanoTime() - started) / 1e6);
        }
        System.out.printf(Locale.ROOT, "comment post, one at a time: p50 %.2f ms (%.1f× probe), p99 %.2f ms "
                        + "(n=%d)%n", percentile(posts, 50), percentile(posts, 50) / probeMedian,
                percentile(posts, 99), posts.size());

        URI thread = base.resolve("/api/v1/documents/" + SLUG + "/versions/1/paragraphs/" + paragraphs.get(0)
                + "/comments");
        List<Double> reads = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            long started = System.nanoTime();
            caller.get(thread);
            if (i >= 100) {
                reads.add((System.nanoTime() - started) / 1e6);
            }
        }
        int threadSize = JSON.readTree(caller.get(thread).body()).path("total").asInt(-1);
        System.out.printf(Locale.ROOT, "thread read (%d comments): p50 %.2f ms (%.1f× probe), p99 %.2f ms "
                        + "(n=%d)%n", threadSize, percentile(reads, 50), percentile(reads, 50) / probeMedian,
                percentile(reads, 99), reads.size());

        concurrent(caller, paragraphs, words, clients, seconds, probeMedian);
    }

    private static void concurrent(Caller caller, List<Long> paragraphs, AtomicInteger words, int clients,
                                   int seconds, double probeMedian) throws Exception {
        long storedBefore = caller.storedComments();
        Queue<Double> latencies = new ConcurrentLinkedQueue<>();
        Queue<Followed> followed = new ConcurrentLinkedQueue<>();
        AtomicLong acknowledged = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch finished = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread clientThread = new Thread(() -> {
                int n = 0;
                while (System.nanoTime() < deadline) {
                    String word = uniqueWord(words.getAndIncrement());
                    long started = System.nanoTime();
                    try {
                        int status = caller.post(paragraphs.get((client * 7 + n++) % paragraphs.size()), word);
                        long answered = System.nanoTime();
                        if (status == 201) {
                            acknowledged.incrementAndGet();
                            latencies.add((answered - started) / 1e6);
                            if (n % 40 == 0) {
                                followed.add(new Followed(word, answered));
                            }
                        } else {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
                finished.countDown();
            }, "client-" + c);
            clientThread.start();
        }
        List<Double> freshness = Collections.synchronizedList(new ArrayList<>());
        // the post was searchable at some moment during the search that found it: between its start and its end
        List<Double> freshnessAtSearchStart = new ArrayList<>();
        List<Double> searchCalls = new ArrayList<>();
        List<Followed> pending = new ArrayList<>();
        while (finished.getCount() > 0 || !followed.isEmpty() || !pending.isEmpty()) {
            Followed next;
            while ((next = followed.poll()) != null) {
                pending.add(next);
            }
            if (!pending.isEmpty()) {
                // one search for every post still awaited (words joined by OR), so the follower's own round trips
                // under load do not add to the figure as the list grows
                List<Followed> asked = List.copyOf(pending.subList(0, Math.min(pending.size(), FOLLOWED_PER_SEARCH)));
                long searchStarted = System.nanoTime();
                Set<String> found = caller.found(asked.stream().map(Followed::word).toList());
                long now = System.nanoTime();
                searchCalls.add((now - searchStarted) / 1e6);
                for (Followed f : asked) {
                    if (found.contains(f.word())) {
                        freshness.add((now - f.acknowledgedAt()) / 1e6);
                        freshnessAtSearchStart.add(Math.max(0, searchStarted - f.acknowledgedAt()) / 1e6);
                    }
                    if (found.contains(f.word()) || now - f.acknowledgedAt() > 60_000_000_000L) {
                        pending.remove(f);
                    }
                }
            }
            Thread.sleep(2);
        }
        long stored = caller.storedComments() - storedBefore;
        List<Double> all = new ArrayList<>(latencies);
        System.out.printf(Locale.ROOT, "%d clients for %d s: %.1f posts/s, %d errors, %d acknowledged, %d stored; "
                        + "post p50 %.1f ms, p99 %.1f ms; load average %s%n", clients, seconds,
                acknowledged.get() / (double) seconds, errors.get(), acknowledged.get(), stored,
                percentile(all, 50), percentile(all, 99), loadAverage());
        System.out.printf(Locale.ROOT, "under that load, 201 to searchable: p50 %.0f ms, p99 %.0f ms, max %.0f ms "
                        + "(n=%d followed posts); probe median was %.2f ms%n", percentile(freshness, 50),
                percentile(freshness, 99), freshness.stream().mapToDouble(d -> d).max().orElse(0), freshness.size(),
                probeMedian);
        System.out.printf(Locale.ROOT, "  (to the start of the search that found it: p50 %.0f ms, p99 %.0f ms; the "
                        + "follower's search calls: p50 %.0f ms, p99 %.0f ms, n=%d)%n",
                percentile(freshnessAtSearchStart, 50), percentile(freshnessAtSearchStart, 99),
                percentile(searchCalls, 50), percentile(searchCalls, 99), searchCalls.size());
    }

    private static final int FOLLOWED_PER_SEARCH = 20;

    private record Followed(String word, long acknowledgedAt) {
    }

    private static String loadAverage() throws java.io.IOException {
        return Files.readString(Path.of("/proc/loadavg")).strip();
    }

    /** The calls a client makes, with the benchmark's bearer token. */
    private record Caller(HttpClient http, URI base, String token) {

        List<Long> paragraphIds() throws Exception {
            JsonNode version = JSON.readTree(get(base.resolve("/api/v1/documents/" + SLUG + "/versions/1")).body());
            List<Long> ids = new ArrayList<>();
            version.findValues("paragraphs").forEach(list -> list.forEach(p -> ids.add(p.path("id").asLong())));
            if (ids.isEmpty()) {
                throw new IllegalStateException("no paragraphs in version 1 of " + SLUG);
            }
            return ids;
        }

        double liveness() throws Exception {
            long started = System.nanoTime();
            get(base.resolve("/actuator/health/liveness"));
            return (System.nanoTime() - started) / 1e6;
        }

        /** Which of these words search finds now (each word is in one comment only). */
        Set<String> found(List<String> words) throws Exception {
            String query = URLEncoder.encode(String.join(" OR ", words), StandardCharsets.UTF_8);
            String body = get(base.resolve("/api/v1/search?size=" + words.size() + "&q=" + query)).body();
            Set<String> found = new HashSet<>();
            for (String word : words) {
                if (Pattern.compile("\\b" + word + "\\b").matcher(body).find()) {
                    found.add(word);
                }
            }
            return found;
        }

        long storedComments() throws Exception {
            return JSON.readTree(get(base.resolve("/api/v1/documents/" + SLUG + "/versions/1/comments?size=1"))
                    .body()).path("total").asLong();
        }

        HttpResponse<String> get(URI uri) throws Exception {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + response.statusCode() + ": " + response.body());
            }
            return response;
        }

        int post(long paragraphId, String word) throws Exception {
            String body = "{\"kind\":\"COMMENT\",\"body\":\"Cities need a say in the reception of migrants; see "
                    + word + " for the figures of our section.\"}";
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/documents/" + SLUG
                            + "/versions/1/paragraphs/" + paragraphId + "/comments"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode();
        }
    }

    /** A word no text contains: "zq" and letters, so the analysers neither stem nor split it. */
    private static String uniqueWord(int n) {
        StringBuilder s = new StringBuilder("zq");
        do {
            s.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return s.toString();
    }

    static double percentile(List<Double> values, int p) {
        return values.isEmpty() ? Double.NaN : SearchBenchmark.percentile(values, p);
    }
}

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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A congress week on one node ({@link CongressWeekServer} running): N readers with the paper open in their UI
 * (real sessions over HTTP, {@link ReadingUiClient}: rows 1–20 on screen, the thread of one of paragraphs 1–20
 * open, the Push websocket connected) while 20 API clients each post a comment on one of those paragraphs, then
 * search, with a pause between calls, for the given time. Measures the delivery of every comment to every reader
 * whose open thread shows it (the pushed message carrying its unique text), from the moment the post was sent
 * and from the moment its 201 arrived, the latency of each call, errors, and the server's live heap.
 * Usage: {@code CongressWeekLoad <base-url> <server-pid> [readers, 200] [seconds, 120] [pause-ms, 1000] [label]}.
 */
public final class CongressWeekLoad {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MARKER = Pattern.compile("cw(\\d+)x");
    private static final List<String> QUERIES = List.of("housing", "funding of services", "newcomers",
            "language services", "\"local governments\"", "migration policy", "civil society", "health");

    private CongressWeekLoad() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        long pid = Long.parseLong(args[1]);
        int readerCount = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 120;
        long pauseMs = args.length > 4 ? Long.parseLong(args[4]) : 1000;
        String label = args.length > 5 ? args[5] : "run";
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        long before = ReadingUiHeapBenchmark.total(ReadingUiHeapBenchmark.histogram(pid,
                Path.of("target", "congress-week-histogram-before.txt")));

        List<Long> paragraphIds = paragraphIds(http, base);
        // marker number → nanoTime the post was sent / answered; arrivals per marker (one per reader thread)
        Map<Integer, Long> sent = new ConcurrentHashMap<>();
        Map<Integer, Long> answered = new ConcurrentHashMap<>();
        Map<Integer, Integer> paragraphOf = new ConcurrentHashMap<>();
        List<long[]> arrivals = Collections.synchronizedList(new ArrayList<>()); // {marker, reader, nanoTime}
        int[] readerParagraph = new int[readerCount];
        List<ReadingUiClient> readers = Collections.synchronizedList(new ArrayList<>());
        List<Long> openTimes = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger openErrors = new AtomicInteger();
        ExecutorService opening = Executors.newFixedThreadPool(4);
        List<Future<?>> opened = new ArrayList<>();
        long openStart = System.nanoTime();
        for (int r = 0; r < readerCount; r++) {
            int reader = r;
            readerParagraph[r] = r % 20;
            opened.add(opening.submit(() -> {
                long start = System.nanoTime();
                try {
                    ReadingUiClient client = new ReadingUiClient(http, base);
                    client.open("documents/" + CongressWeekServer.SLUG + "/v/1");
                    client.showRows("paragraphs", 0, 20);
                    client.clickMargin("paragraphs", "p-" + (1 + readerParagraph[reader]));
                    client.openPush((message, at) -> {
                        Matcher found = MARKER.matcher(message);
                        while (found.find()) {
                            arrivals.add(new long[] {Integer.parseInt(found.group(1)), reader, at});
                        }
                    }).get(60, TimeUnit.SECONDS);
                    readers.add(client);
                    openTimes.add(System.nanoTime() - start);
                } catch (Exception failed) {
                    if (openErrors.incrementAndGet() <= 3) {
                        failed.printStackTrace();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : opened) {
            f.get();
        }
        opening.shutdown();
        double openSeconds = (System.nanoTime() - openStart) / 1e9;
        Thread.sleep(2000);
        long withReaders = ReadingUiHeapBenchmark.total(ReadingUiHeapBenchmark.histogram(pid,
                Path.of("target", "congress-week-histogram-readers.txt")));
        String loadAtStart = Files.readString(Path.of("/proc/loadavg")).strip();

        List<Long> postTimes = Collections.synchronizedList(new ArrayList<>());
        List<Long> searchTimes = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger postErrors = new AtomicInteger();
        AtomicInteger searchErrors = new AtomicInteger();
        AtomicInteger markers = new AtomicInteger();
        Map<String, Integer> errorStatuses = new ConcurrentHashMap<>(); // "post -1": no answer within 30 s
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService clients = Executors.newFixedThreadPool(CongressWeekServer.POSTERS);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CongressWeekServer.POSTERS; c++) {
            String token = CongressWeekServer.token(c);
            running.add(clients.submit(() -> {
                while (System.nanoTime() < deadline) {
                    int marker = markers.incrementAndGet();
                    int paragraph = ThreadLocalRandom.current().nextInt(20);
                    paragraphOf.put(marker, paragraph);
                    String body = "{\"kind\":\"COMMENT\",\"body\":\"Load comment cw" + marker
                            + "x: cities ask for direct access to funding for housing newcomers.\"}";
                    long start = System.nanoTime();
                    sent.put(marker, start);
                    int status = call(http, HttpRequest.newBuilder(base.resolve("api/v1/documents/"
                            + CongressWeekServer.SLUG + "/versions/1/paragraphs/" + paragraphIds.get(paragraph)
                            + "/comments")).header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)));
                    long end = System.nanoTime();
                    answered.put(marker, end);
                    postTimes.add(end - start);
                    if (status != 201) {
                        postErrors.incrementAndGet();
                        errorStatuses.merge("post " + status, 1, Integer::sum);
                        sent.remove(marker);
                    }
                    pause(pauseMs);
                    String q = QUERIES.get(ThreadLocalRandom.current().nextInt(QUERIES.size()));
                    start = System.nanoTime();
                    status = call(http, HttpRequest.newBuilder(base.resolve("api/v1/search?q="
                            + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Authorization", "Bearer " + token)
                            .GET());
                    searchTimes.add(System.nanoTime() - start);
                    if (status != 200) {
                        searchErrors.incrementAndGet();
                        errorStatuses.merge("search " + status, 1, Integer::sum);
                    }
                    pause(pauseMs);
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        clients.shutdown();
        String loadAtEnd = Files.readString(Path.of("/proc/loadavg")).strip();
        Thread.sleep(10_000); // late pushes still count; later than this is "not delivered"
        long atEnd = ReadingUiHeapBenchmark.total(ReadingUiHeapBenchmark.histogram(pid,
                Path.of("target", "congress-week-histogram-end.txt")));

        List<Long> fromSent = new ArrayList<>();
        List<Long> fromAnswered = new ArrayList<>();
        java.util.Set<Long> delivered = new java.util.HashSet<>();
        synchronized (arrivals) {
            for (long[] arrival : arrivals) {
                int marker = (int) arrival[0];
                int reader = (int) arrival[1];
                Long start = sent.get(marker);
                if (start == null || paragraphOf.get(marker) != readerParagraph[reader]
                        || !delivered.add(((long) marker << 20) | reader)) {
                    continue; // a failed post, a reader not showing that thread, or a repeat of the same card
                }
                fromSent.add(arrival[2] - start);
                fromAnswered.add(arrival[2] - answered.get(marker));
            }
        }
        long expected = 0;
        int readersUp = readers.size();
        int[] perParagraph = new int[20];
        for (int r = 0; r < readerCount; r++) {
            perParagraph[readerParagraph[r]]++;
        }
        for (Map.Entry<Integer, Long> post : sent.entrySet()) {
            expected += perParagraph[paragraphOf.get(post.getKey())];
        }
        System.out.printf(Locale.ROOT, "== %s: %d readers (%d opened, %d failed to open, %.1f s to open, open p50 %.0f ms,"
                        + " p99 %.0f ms), %d s of 20 clients posting and searching with %d ms pauses%n", label,
                readerCount, readersUp, openErrors.get(), openSeconds, ms(openTimes, 50), ms(openTimes, 99), seconds,
                pauseMs);
        System.out.printf(Locale.ROOT, "load average at start %s; at end %s%n", loadAtStart, loadAtEnd);
        System.out.printf(Locale.ROOT, "live heap: before readers %,d KB; with readers %,d KB (%,d KB per reader);"
                        + " at end %,d KB%n", before / 1024, withReaders / 1024,
                readerCount == 0 ? 0 : (withReaders - before) / readerCount / 1024, atEnd / 1024);
        System.out.printf(Locale.ROOT, "posts: %d (%.1f/s), errors %d; p50 %.0f ms, p95 %.0f ms, p99 %.0f ms%n",
                postTimes.size(), postTimes.size() / (double) seconds, postErrors.get(), ms(postTimes, 50),
                ms(postTimes, 95), ms(postTimes, 99));
        System.out.printf(Locale.ROOT, "searches: %d, errors %d; p50 %.0f ms, p95 %.0f ms, p99 %.0f ms%n",
                searchTimes.size(), searchErrors.get(), ms(searchTimes, 50), ms(searchTimes, 95), ms(searchTimes, 99));
        System.out.println("errors by call and status (-1: no answer within 30 s): " + errorStatuses);
        System.out.printf(Locale.ROOT, "push delivery to readers with the thread open: %d of %d expected (%d not"
                        + " within 10 s of the end)%n", fromSent.size(), expected, expected - fromSent.size());
        System.out.printf(Locale.ROOT, "  from post sent: p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                ms(fromSent, 50), ms(fromSent, 95), ms(fromSent, 99), ms(fromSent, 100));
        System.out.printf(Locale.ROOT, "  from 201 received: p50 %.0f ms, p95 %.0f ms, p99 %.0f ms%n",
                ms(fromAnswered, 50), ms(fromAnswered, 95), ms(fromAnswered, 99));
        readers.forEach(ReadingUiClient::close);
        System.exit(0);
    }

    private static List<Long> paragraphIds(HttpClient http, URI base) throws Exception {
        HttpResponse<String> version = http.send(HttpRequest.newBuilder(base.resolve("api/v1/documents/"
                + CongressWeekServer.SLUG + "/versions/1")).GET().build(), HttpResponse.BodyHandlers.ofString());
        JsonNode paragraphs = JSON.readTree(version.body()).path("paragraphs");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(paragraphs.get(i).path("id").asLong());
        }
        return ids;
    }

    private static int call(HttpClient http, HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (Exception failed) {
            return -1;
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Nearest-rank percentile in milliseconds (100: the largest). */
    static double ms(List<Long> nanos, int percentile) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1e6;
    }
}

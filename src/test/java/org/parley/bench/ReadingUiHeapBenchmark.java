package org.parley.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Live heap per open reading UI on a running Parley ({@link CongressWeekServer}): opens N readers over HTTP
 * ({@link ReadingUiClient}: a real session and UI each, the first 20 rows of the 300-paragraph paper rendered,
 * one paragraph's thread open, the Push websocket connected), and compares the server's live heap before and
 * after ({@code jcmd GC.class_histogram}, which counts live objects after a full GC). Writes both histograms and
 * prints the classes that grew most per UI.
 * {@code -Dbench.no-thread=true} leaves the thread closed, {@code -Dbench.no-push=true} the websocket unopened,
 * {@code -Dbench.heap-dump=file.hprof} writes a heap dump of the server before the UIs are closed.
 * Usage: {@code ReadingUiHeapBenchmark <base-url> <server-pid> [uis, default 1000] [histogram-dir]}.
 */
public final class ReadingUiHeapBenchmark {

    private ReadingUiHeapBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        long pid = Long.parseLong(args[1]);
        int uis = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        Path out = Path.of(args.length > 3 ? args[3] : "target");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        List<ReadingUiClient> readers = new ArrayList<>();
        for (int i = 0; i < 5; i++) { // warm-up: classes loaded, caches filled, JIT; they stay in the baseline
            readers.add(reader(http, base, i));
        }
        Map<String, long[]> before = histogram(pid, out.resolve("reading-ui-histogram-before.txt"));
        long started = System.nanoTime();
        for (int i = 0; i < uis; i++) {
            readers.add(reader(http, base, i));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Thread.sleep(2000); // pushes in flight settle
        Map<String, long[]> after = histogram(pid, out.resolve("reading-ui-histogram-after.txt"));
        long live = total(after) - total(before);
        System.out.printf(Locale.ROOT, "load average %s; %d reading UIs opened in %.1f s (%.0f ms each)%n",
                Files.readString(Path.of("/proc/loadavg")).strip(), uis, seconds, seconds * 1000 / uis);
        System.out.printf(Locale.ROOT, "live heap: before %,d KB, after %,d KB; %,d KB per reading UI%n",
                total(before) / 1024, total(after) / 1024, live / uis / 1024);
        System.out.println("classes that grew most (bytes per UI, instances per UI):");
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new long[] {
                    e.getValue()[0] - before.getOrDefault(e.getKey(), new long[2])[0],
                    e.getValue()[1] - before.getOrDefault(e.getKey(), new long[2])[1]}))
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
                .limit(30)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %,8d B %7.1f  %s%n", e.getValue()[1] / uis,
                        (double) e.getValue()[0] / uis, e.getKey()));
        String dump = System.getProperty("bench.heap-dump");
        if (dump != null) { // with the UIs still open, for a look at who holds the bytes
            new ProcessBuilder("jcmd", String.valueOf(pid), "GC.heap_dump", Path.of(dump).toAbsolutePath().toString())
                    .inheritIO().start().waitFor();
        }
        readers.forEach(ReadingUiClient::close);
    }

    /** A reader of the paper: rows 1–20 on screen, the thread of one of the first 20 paragraphs open, Push on. */
    static ReadingUiClient reader(HttpClient http, URI base, int n) throws Exception {
        ReadingUiClient reader = new ReadingUiClient(http, base);
        reader.open("documents/" + CongressWeekServer.SLUG + "/v/1");
        reader.showRows("paragraphs", 0, 20);
        if (!Boolean.getBoolean("bench.no-thread")) {
            reader.clickMargin("paragraphs", "p-" + (1 + n % 20));
            if (!reader.has("thread-title")) {
                throw new IllegalStateException("the margin click opened no thread");
            }
        }
        if (!Boolean.getBoolean("bench.no-push")) {
            reader.openPush((message, at) -> { }).get(30, TimeUnit.SECONDS);
        }
        return reader;
    }

    /** class name → {instances, bytes} of live objects (the histogram runs a full GC first). */
    static Map<String, long[]> histogram(long pid, Path file) throws Exception {
        Files.createDirectories(file.getParent());
        Process jcmd = new ProcessBuilder("jcmd", String.valueOf(pid), "GC.class_histogram")
                .redirectOutput(file.toFile()).redirectErrorStream(true).start();
        if (jcmd.waitFor() != 0) {
            throw new IllegalStateException("jcmd failed: " + Files.readString(file));
        }
        Map<String, long[]> classes = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            String[] columns = line.trim().split("\\s+");
            if (columns.length >= 4 && columns[0].endsWith(":")) {
                classes.put(columns[3], new long[] {Long.parseLong(columns[1]), Long.parseLong(columns[2])});
            }
        }
        return classes;
    }

    static long total(Map<String, long[]> histogram) {
        return histogram.values().stream().mapToLong(v -> v[1]).sum();
    }
}

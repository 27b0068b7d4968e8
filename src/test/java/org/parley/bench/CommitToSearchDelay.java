package org.parley.bench;

import java.net.ServerSocket;
import java.time.Instant;
import org.parley.Application;
import org.parley.document.DocumentService;
import org.parley.document.NewDocument;
import org.parley.document.Visibility;
import org.parley.search.SearchRequest;
import org.parley.search.SearchService;
import org.parley.security.SystemActor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The delay from a committed change to its appearing in search, through Parley's real path: a service commits
 * (document import; comments take the same path once CommentService writes COMMENT rows), the AFTER_COMMIT event
 * wakes the indexer, which reads the change log, updates and commits the index and refreshes the searcher.
 * Measured from the return of the committing call to the first search that finds the new word.
 * Usage: {@code CommitToSearchDelay [samples]}. Runs Parley on a throw-away embedded PostgreSQL.
 */
public final class CommitToSearchDelay {

    public static void main(String[] args) throws Exception {
        int samples = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        Path work = Files.createTempDirectory("parley-delay-bench");
        // command-line arguments, not default properties: application.yml would override those, and the
        // embedded database must never share a port (or data) with another Parley running on this machine
        int databasePort;
        try (ServerSocket free = new ServerSocket(0)) {
            databasePort = free.getLocalPort();
        }
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).profiles("benchmark").run(
                "--server.port=0", "--parley.demo-content=false",
                "--parley.embedded-database.directory=" + work.resolve("postgres"),
                "--parley.embedded-database.port=" + databasePort,
                "--parley.search.index-directory=" + work.resolve("index"),
                "--logging.file.name=" + work.resolve("parley.json"),
                "--logging.level.root=WARN", "--logging.level.org.parley.search=" + System.getProperty("searchLog", "WARN"));
        try {
            DocumentService documents = app.getBean(DocumentService.class);
            SearchService search = app.getBean(SearchService.class);
            while ("search.notice.building".equals(SystemActor.call(() -> search.search(SearchRequest.of("warm"))
                    .notice()))) {
                Thread.sleep(50);
            }
            List<Double> delays = new ArrayList<>();
            for (int i = 0; i < samples + 5; i++) {
                String word = "probe" + letters(i);
                String markdown = "1. A paragraph with the word " + word + " in it.\n";
                int n = i;
                SystemActor.run(() -> documents.importDocument(new NewDocument("delay-" + n, "Delay " + n, "en",
                        Visibility.PUBLIC), "delay.md", markdown.getBytes(StandardCharsets.UTF_8)));
                long committed = System.nanoTime();
                if (Boolean.getBoolean("searchTrace")) {
                    System.out.println("committed at " + Instant.now());
                }
                while (SystemActor.call(() -> search.search(SearchRequest.of(word)).total()) == 0) {
                    Thread.onSpinWait();
                }
                if (i >= 5) { // the first imports warm up the JIT
                    delays.add((System.nanoTime() - committed) / 1_000_000.0);
                }
                Thread.sleep(50);
            }
            System.out.printf(Locale.ROOT, "commit to searchable (n=%d): p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    delays.size(), SearchBenchmark.percentile(delays, 50), SearchBenchmark.percentile(delays, 99),
                    delays.stream().mapToDouble(d -> d).max().orElse(0));
        } finally {
            app.close();
            SearchBenchmark.deleteRecursively(work);
        }
    }

    private static String letters(int n) {
        StringBuilder s = new StringBuilder();
        do {
            s.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return s.toString();
    }
}

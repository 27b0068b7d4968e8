package org.parley.search.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NRTCachingDirectory;
import org.junit.jupiter.api.Test;
import org.parley.comment.CommentKind;
import org.parley.comment.CommentService;
import org.parley.comment.NewComment;
import org.parley.document.Visibility;
import org.parley.search.CommentSource;
import org.parley.security.GlobalRole;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14: what one indexer pass costs the indexer's thread, in CPU time (unlike wall time, not inflated by other
 * work on a shared machine). Posts {@code bench.comments} comments per pass on a 300-paragraph paper, then runs one
 * catch-up on an index of its own and reads the thread's CPU time. Not run by {@code ./mvnw verify} (no Test suffix):
 * {@code ./mvnw -o test -Dtest=IndexerPassBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dbench.passes=200 -Dbench.comments=25}).
 */
@ParleyTest
class IndexerPassBenchmark {

    @Autowired
    TestData data;
    @Autowired
    IndexSourceRepository source;
    @Autowired
    CommentSource comments;
    @Autowired
    CommentService commentService;

    @Test
    void cpu_time_of_one_pass() throws IOException, InterruptedException {
        int passes = Integer.getInteger("bench.passes", 200);
        int perPass = Integer.getInteger("bench.comments", 25);
        data.reset();
        StringBuilder paper = new StringBuilder("# Migrants in cities\n\n");
        for (int i = 1; i <= 300; i++) {
            paper.append(i).append(". Cities receive migrants and provide housing, schools and work; paragraph ")
                    .append(i).append(".\n\n");
        }
        var version = data.openDocument("pass-bench", Visibility.PUBLIC, paper.toString()).latest();
        var paragraphs = data.paragraphs(version);
        var poster = data.person(GlobalRole.CONTRIBUTOR);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Path directory = Files.createTempDirectory("indexer-pass-bench");
        List<Double> cpu = new ArrayList<>();
        List<Double> wall = new ArrayList<>();
        List<Double> searchable = new ArrayList<>();
        try (SearchIndex index = new SearchIndex(new NRTCachingDirectory(FSDirectory.open(directory), 8.0, 64.0))) {
            Indexer indexer = new Indexer(index, source, comments);
            indexer.start();
            int posted = 0;
            for (int pass = 0; pass < passes + 20; pass++) {
                data.signIn(poster);
                for (int c = 0; c < perPass; c++) {
                    commentService.post(paragraphs.get(posted++ % paragraphs.size()).id(), NewComment.of(
                            CommentKind.COMMENT, "Our section asks for a say in the reception of migrants, see note "
                                    + posted + "."));
                }
                data.signOut();
                long cpuBefore = threads.getCurrentThreadCpuTime();
                long wallBefore = System.nanoTime();
                int applied = indexer.catchUp();
                if (pass >= 20) { // the first passes warm the JIT
                    cpu.add((threads.getCurrentThreadCpuTime() - cpuBefore) / 1e6);
                    wall.add((System.nanoTime() - wallBefore) / 1e6);
                }
                // the searcher reopens on its own thread: wait for it, so passes do not overlap reopens here
                if (!index.awaitRefreshes(Duration.ofSeconds(10))) {
                    throw new IllegalStateException("the searcher did not reopen within 10 s");
                }
                if (pass >= 20) {
                    searchable.add((System.nanoTime() - wallBefore) / 1e6);
                }
                if (applied < perPass) {
                    throw new IllegalStateException("a pass applied " + applied + " of " + perPass + " comments");
                }
                if (pass % 40 == 0) {
                    indexer.commitNow();
                }
            }
            System.out.printf(Locale.ROOT, "indexer pass of %d new comments, %d passes, index of %d texts at the end:"
                            + " thread CPU p50 %.2f ms, p90 %.2f ms (%.3f ms per comment); wall p50 %.2f ms;"
                            + " until searchable (with the reopen) p50 %.2f ms; load %s%n",
                    perPass, passes, index.documentCount(), percentile(cpu, 50), percentile(cpu, 90),
                    percentile(cpu, 50) / perPass, percentile(wall, 50), percentile(searchable, 50),
                    Files.readString(Path.of("/proc/loadavg")).trim());
        }
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}

package org.parley.bench;

import org.apache.lucene.store.FSDirectory;
import org.parley.document.ReaderRights;
import org.parley.search.SearchRequest;
import org.parley.search.SearchSort;
import org.parley.search.internal.QueryEngine;
import org.parley.search.internal.SearchIndex;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The CPU time of a results page (top 10, snippets, facets) per query class of {@link SearchBenchmark}, measured as
 * the searching thread's CPU time: on two cores shared with other builds, wall-clock p99s are mostly the wait for a
 * core, while the CPU a page costs is what a change to the engine moves. Wall-clock p50 is printed beside it.
 * <p>
 * Usage: {@code SearchPageCost [corpus-dir] [texts] [rounds]}, e.g. {@code ../shared/corpus 10000 30}: builds an
 * index of that many bench texts in a temporary directory, runs every query of every class {@code rounds} times
 * (the first half untimed, for the JIT), and prints one row per class. Not part of {@code ./mvnw verify}.
 */
public final class SearchPageCost {

    private SearchPageCost() {
    }

    public static void main(String[] args) throws Exception {
        Path corpusPath = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        BenchCorpus corpus = new BenchCorpus(corpusPath);
        Map<String, List<BenchQueries.Query>> classes = BenchQueries.build(corpus.baseBodies(), 40);
        Path work = Files.createTempDirectory("parley-search-cost");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (SearchIndex index = new SearchIndex(FSDirectory.open(work))) {
            SearchBenchmark.loadLucene(index, corpus.texts(size));
            QueryEngine engine = new QueryEngine(index);
            Map<String, List<Double>> cpu = new LinkedHashMap<>();
            Map<String, List<Double>> wall = new LinkedHashMap<>();
            Map<String, List<Double>> allocated = new LinkedHashMap<>();
            var allocation = (com.sun.management.ThreadMXBean) threads;
            long thread = Thread.currentThread().getId();
            for (int round = 0; round < rounds; round++) {
                for (var entry : classes.entrySet()) {
                    for (BenchQueries.Query q : entry.getValue()) {
                        long bytesStart = allocation.getThreadAllocatedBytes(thread);
                        long cpuStart = threads.getCurrentThreadCpuTime();
                        long start = System.nanoTime();
                        // as an anonymous reader over HTTP: public texts only, English first
                        engine.search(new SearchRequest(q.parley(), Map.of(), SearchSort.RELEVANCE, 0, 10, "en"),
                                ReaderRights.ANONYMOUS);
                        if (round >= rounds / 2) {
                            wall.computeIfAbsent(entry.getKey(), k -> new ArrayList<>())
                                    .add((System.nanoTime() - start) / 1e6);
                            cpu.computeIfAbsent(entry.getKey(), k -> new ArrayList<>())
                                    .add((threads.getCurrentThreadCpuTime() - cpuStart) / 1e6);
                            allocated.computeIfAbsent(entry.getKey(), k -> new ArrayList<>())
                                    .add((allocation.getThreadAllocatedBytes(thread) - bytesStart) / 1024.0);
                        }
                    }
                }
            }
            System.out.printf(Locale.ROOT, "results page cost at %,d texts, %d rounds (last %d timed), load average "
                    + "%s%n| query class | CPU mean (ms) | CPU p50 | wall p50 | allocated p50 (KB) |%n|---|---:|---:|---:|---:|%n", size, rounds,
                    rounds - rounds / 2, SearchBenchmark.loadAverage());
            for (String queryClass : classes.keySet()) {
                List<Double> c = cpu.get(queryClass);
                System.out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.0f |%n", queryClass,
                        c.stream().mapToDouble(Double::doubleValue).average().orElse(0),
                        SearchBenchmark.percentile(c, 50), SearchBenchmark.percentile(wall.get(queryClass), 50),
                        SearchBenchmark.percentile(allocated.get(queryClass), 50));
            }
        } finally {
            SearchBenchmark.deleteRecursively(work);
        }
    }
}

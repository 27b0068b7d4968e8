package org.parley.bench;

import org.parley.base.UserFacingException;
import org.parley.document.importing.DocumentParser;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Parsing time of Markdown imports as they grow, to show it is linear: n short paragraphs (1,000 to the limit of
 * 20,000), 100,000 of them (refused at the limit), 100,000 lines that each continue the previous paragraph (refused
 * at the paragraph length limit) and one 150,000-character paragraph (refused). Median of `iterations` runs after two
 * warm-ups; the per-paragraph time of each size is the figure that stays flat when the work is linear.
 * Run by bench/import-benchmark.sh.
 */
public final class ImportScalingBenchmark {

    public static void main(String[] args) {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        DocumentParser parser = new DocumentParser(10L * 1024 * 1024);
        IntFunction<String> sentences = n -> {
            StringBuilder text = new StringBuilder();
            for (int i = 1; i <= n; i++) {
                text.append("Sentence number ").append(i).append(" of the paper.\n\n");
            }
            return text.toString();
        };
        for (int n : new int[] {1_000, 5_000, 20_000, 100_000}) {
            report(n + " short paragraphs", n, sentences.apply(n), parser, iterations);
        }
        report("100000 continuing lines", 100_000, "continued text\n\n".repeat(100_000), parser, iterations);
        report("one 150000-char paragraph", 1, "word ".repeat(30_000).strip() + ".\n", parser, iterations);
    }

    private static void report(String label, int paragraphs, String markdown, DocumentParser parser, int iterations) {
        byte[] bytes = markdown.getBytes(StandardCharsets.UTF_8);
        List<Long> micros = new ArrayList<>();
        String outcome = "";
        for (int i = 0; i < iterations + 2; i++) {
            long start = System.nanoTime();
            try {
                outcome = parser.parse("bench.md", bytes).paragraphs().size() + " paragraphs";
            } catch (UserFacingException refused) {
                outcome = "refused: " + refused.messageKey();
            }
            if (i >= 2) {
                micros.add((System.nanoTime() - start) / 1_000);
            }
        }
        Collections.sort(micros);
        long median = micros.get(micros.size() / 2);
        System.out.printf("%-28s %,10d bytes  median %,9.1f ms  (%.2f µs per paragraph)  %s%n", label, bytes.length,
                median / 1000.0, (double) median / paragraphs, outcome);
    }
}

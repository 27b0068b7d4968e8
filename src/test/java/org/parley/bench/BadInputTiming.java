package org.parley.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Input that is not a query, over HTTP on a running Parley, against the liveness probe in the same rounds: each
 * round asks the probe, then searches and suggestions for every input. Prints the status seen and p50/p99 per
 * input. Usage: {@code BadInputTiming <base-url> [rounds]}.
 */
public final class BadInputTiming {

    static final Map<String, String> INPUTS = new LinkedHashMap<>();

    static {
        INPUTS.put("only common words", "the of and le la les des");
        INPUTS.put("only punctuation", "?!… « » - -");
        INPUTS.put("a lone combining accent", "\u0301");
        INPUTS.put("a lone apostrophe", "’");
        INPUTS.put("500 of one letter", "a".repeat(500));
        INPUTS.put("mixed scripts", "cities المدينة villes город 城市");
    }

    private BadInputTiming() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<Double> liveness = new ArrayList<>();
        Map<String, List<Double>> search = new LinkedHashMap<>();
        Map<String, List<Double>> suggest = new LinkedHashMap<>();
        Map<String, String> statuses = new LinkedHashMap<>();
        for (int round = -5; round < rounds; round++) {
            double probe = time(client, base + "/actuator/health/liveness", null);
            if (round >= 0) {
                liveness.add(probe);
            }
            for (var input : INPUTS.entrySet()) {
                String q = URLEncoder.encode(input.getValue(), StandardCharsets.UTF_8);
                double s = time(client, base + "/api/v1/search?q=" + q, statuses);
                double g = time(client, base + "/api/v1/search/suggestions?q=" + q, statuses);
                if (round >= 0) {
                    search.computeIfAbsent(input.getKey(), k -> new ArrayList<>()).add(s);
                    suggest.computeIfAbsent(input.getKey(), k -> new ArrayList<>()).add(g);
                }
            }
        }
        System.out.printf(Locale.ROOT, "bad input over HTTP, %d rounds, load average %s; liveness p50 %.2f ms, p99 "
                + "%.2f ms; statuses seen %s%n", rounds, SearchBenchmark.loadAverage(),
                SearchBenchmark.percentile(liveness, 50), SearchBenchmark.percentile(liveness, 99),
                statuses.values().stream().distinct().toList());
        for (String input : INPUTS.keySet()) {
            System.out.printf(Locale.ROOT, "| %s | %.2f / %.2f | %.2f / %.2f |%n", input,
                    SearchBenchmark.percentile(search.get(input), 50), SearchBenchmark.percentile(search.get(input), 99),
                    SearchBenchmark.percentile(suggest.get(input), 50),
                    SearchBenchmark.percentile(suggest.get(input), 99));
        }
    }

    private static double time(HttpClient client, String url, Map<String, String> statuses) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        double elapsed = (System.nanoTime() - start) / 1e6;
        if (statuses != null) {
            statuses.put(Integer.toString(response.statusCode()), Integer.toString(response.statusCode()));
        }
        return elapsed;
    }
}

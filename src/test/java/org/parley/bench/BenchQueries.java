package org.parley.bench;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Query classes chosen from the corpus by document frequency (in the base texts, before multiplying): rare,
 * medium and common words, two-word AND, OR and two-word phrases. Each query is written once for Parley and
 * once for PostgreSQL's websearch_to_tsquery (the same syntax except OR, which websearch spells {@code or}).
 */
final class BenchQueries {

    record Query(String parley, String postgres) {
    }

    private static final CharArraySet STOP = new CharArraySet(600, true);

    static {
        STOP.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        STOP.addAll(FrenchAnalyzer.getDefaultStopSet());
        STOP.addAll(SpanishAnalyzer.getDefaultStopSet());
        STOP.addAll(List.of("shall", "which", "this", "that", "with", "from", "have", "será", "para", "pour", "dans",
                "sont", "their", "would", "should", "also", "será", "esta", "este", "como", "más", "cette"));
    }

    static Map<String, List<Query>> build(List<String> bodies, int perClass) {
        Map<String, Integer> df = new HashMap<>();
        Map<String, Integer> bigrams = new HashMap<>();
        List<List<String>> tokenised = new ArrayList<>();
        for (String body : bodies) {
            List<String> words = words(body);
            tokenised.add(words);
            new HashSet<>(words).forEach(w -> df.merge(w, 1, Integer::sum));
            // phrases: two neighbouring words of the text itself (no stop word or short word between them)
            String[] raw = body.toLowerCase().split("[^\\p{L}]+");
            Set<String> pairs = new HashSet<>();
            for (int i = 1; i < raw.length; i++) {
                if (qualifies(raw[i - 1]) && qualifies(raw[i])) {
                    pairs.add(raw[i - 1] + " " + raw[i]);
                }
            }
            pairs.forEach(p -> bigrams.merge(p, 1, Integer::sum));
        }
        Random random = new Random(7);
        List<String> rare = pick(df, 2, 4, perClass, random);
        List<String> medium = pick(df, 15, 80, perClass * 3, random);
        List<String> common = df.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(perClass).map(Map.Entry::getKey).toList();
        Map<String, List<Query>> classes = new LinkedHashMap<>();
        classes.put("rare term", single(rare));
        classes.put("medium term", single(medium.subList(0, perClass)));
        classes.put("common term", single(common));
        classes.put("two-term AND", and(tokenised, new HashSet<>(medium), df, perClass, random));
        List<Query> or = new ArrayList<>();
        for (int i = 0; i < perClass; i++) {
            String a = medium.get(perClass + i);
            String b = medium.get(2 * perClass + i);
            or.add(new Query(a + " OR " + b, a + " or " + b));
        }
        classes.put("OR", or);
        List<String> phrases = bigrams.entrySet().stream().filter(e -> e.getValue() >= 3 && e.getValue() <= 200)
                .map(Map.Entry::getKey).sorted().toList();
        List<String> shuffled = new ArrayList<>(phrases);
        Collections.shuffle(shuffled, random);
        classes.put("phrase", shuffled.stream().limit(perClass).map(p -> new Query("\"" + p + "\"", "\"" + p + "\""))
                .toList());
        return classes;
    }

    private static List<String> words(String body) {
        List<String> words = new ArrayList<>();
        for (String w : body.toLowerCase().split("[^\\p{L}]+")) {
            if (qualifies(w)) {
                words.add(w);
            }
        }
        return words;
    }

    private static boolean qualifies(String word) {
        return word.length() >= 4 && !STOP.contains(word);
    }

    private static List<String> pick(Map<String, Integer> df, int min, int max, int count, Random random) {
        List<String> candidates = new ArrayList<>(df.entrySet().stream()
                .filter(e -> e.getValue() >= min && e.getValue() <= max).map(Map.Entry::getKey).sorted().toList());
        Collections.shuffle(candidates, random);
        return candidates.subList(0, Math.min(count, candidates.size()));
    }

    private static List<Query> single(List<String> terms) {
        return terms.stream().map(t -> new Query(t, t)).toList();
    }

    private static List<Query> and(List<List<String>> texts, Set<String> medium, Map<String, Integer> df,
                                   int count, Random random) {
        List<Query> queries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<List<String>> shuffled = new ArrayList<>(texts);
        Collections.shuffle(shuffled, random);
        for (List<String> words : shuffled) {
            List<String> inText = words.stream().filter(w -> df.get(w) >= 10 && df.get(w) <= 400).distinct().toList();
            if (inText.size() >= 2) {
                String q = inText.get(0) + " " + inText.get(inText.size() - 1);
                if (seen.add(q)) {
                    queries.add(new Query(q, q));
                }
            }
            if (queries.size() == count) {
                break;
            }
        }
        return queries;
    }
}

package org.parley.alignment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The Paris Agreement drafts of the corpus (23 Oct, 4 Dec, 9 Dec, 12 Dec 2015) and a partial truth of which
 * paragraph continues which, from what the texts themselves state, never from text similarity:
 * <ol>
 * <li>a paragraph whose text is identical (after markup and its number are stripped) to exactly one paragraph of
 * the previous draft, and occurs once in its own draft, continues it, unchanged (short texts repeated in a draft,
 * such as "Option 1:", are left out);</li>
 * <li>otherwise a numbered paragraph (level 0, {@code num} set) continues the paragraph with the same number in
 * the same article, when that article numbers its paragraphs exactly alike in both drafts (the same numbers,
 * each once); its text differs, so it is edited.</li>
 * </ol>
 * Articles are the same article when their headings are equal (ignoring case, spaces and punctuation) in the
 * three negotiating drafts; the adopted text of 12 Dec renumbered them, so 9 Dec → 12 Dec uses the table below,
 * read from the subjects (e.g. 9 Dec "Article 3 (mitigation)" is the adopted Article 4). Everything else (sub-items
 * without a number, options, articles renumbered inside) is outside the truth and not scored; no paragraph is
 * known to be new and no old paragraph known to be deleted.
 */
final class ParisDrafts {

    static final List<String> DRAFTS = List.of("paris_2015-10-23.jsonl", "paris_2015-12-04.jsonl",
            "paris_2015-12-09.jsonl", "paris_2015-12-12.jsonl");

    /** 9 Dec article → adopted article (12 Dec), by subject; 9 Dec has no Article 17. */
    private static final Map<String, String> ADOPTED_ARTICLE = Map.ofEntries(Map.entry("preamble", "preamble"),
            Map.entry("1", "1"), Map.entry("2", "2"), Map.entry("2bis", "3"), Map.entry("3", "4"),
            Map.entry("3bis", "5"), Map.entry("3ter", "6"), Map.entry("4", "7"), Map.entry("5", "8"),
            Map.entry("6", "9"), Map.entry("7", "10"), Map.entry("8", "11"), Map.entry("8bis", "12"),
            Map.entry("9", "13"), Map.entry("10", "14"), Map.entry("11", "15"), Map.entry("12", "16"),
            Map.entry("13", "17"), Map.entry("14", "18"), Map.entry("15", "19"), Map.entry("16", "20"),
            Map.entry("18", "21"), Map.entry("19", "22"), Map.entry("20", "23"), Map.entry("21", "24"),
            Map.entry("22", "25"), Map.entry("23", "26"), Map.entry("24", "27"), Map.entry("25", "28"),
            Map.entry("26", "29"));

    record Para(String section, int level, String num, String text) {
    }

    private ParisDrafts() {
    }

    static List<Para> load(String file) {
        String path = "/corpus/unfccc-paris-agreement-drafts/" + file;
        try (InputStream in = ParisDrafts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("missing test resource " + path);
            }
            ObjectMapper json = new ObjectMapper();
            List<Para> paras = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                JsonNode row = line.isBlank() ? null : json.readTree(line);
                if (row != null && row.get("kind").asText().equals("paragraph")) {
                    paras.add(new Para(row.get("section").asText(), row.path("level").asInt(),
                            row.get("num").isNull() ? null : row.get("num").asText(), plain(row.get("text").asText())));
                }
            }
            return paras;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What an import would store: no Markdown emphasis, no leading paragraph number (kept apart as the number). */
    static String plain(String text) {
        return text.replace("*", "").replaceFirst("^\\s*\\d+\\.\\s+", "").replaceAll("\\s+", " ").strip();
    }

    static List<String> texts(List<Para> paras) {
        return paras.stream().map(Para::text).toList();
    }

    static Map<Integer, ChangeKindEvaluation.Truth> truths(List<Para> olds, List<Para> news, boolean adopted) {
        Map<String, List<Integer>> oldByText = byText(olds);
        Map<String, List<Integer>> newByText = byText(news);
        Function<Para, String> oldKey = adopted ? p -> ADOPTED_ARTICLE.get(articleNumber(p.section()))
                : p -> article(p.section());
        Function<Para, String> newKey = adopted ? p -> articleNumber(p.section()) : p -> article(p.section());
        Map<String, Map<String, Integer>> oldNumbered = numbered(olds, oldKey);
        Map<String, Map<String, Integer>> newNumbered = numbered(news, newKey);
        Map<Integer, ChangeKindEvaluation.Truth> truths = new HashMap<>();
        for (int j = 0; j < news.size(); j++) {
            Para p = news.get(j);
            List<Integer> same = oldByText.get(p.text());
            if (same != null) {
                if (same.size() == 1 && newByText.get(p.text()).size() == 1) {
                    truths.put(j, new ChangeKindEvaluation.Truth(Set.of(same.get(0)), true));
                }
                continue;
            }
            String key = newKey.apply(p);
            Map<String, Integer> before = key == null ? null : oldNumbered.get(key);
            Map<String, Integer> after = key == null ? null : newNumbered.get(key);
            if (p.level() == 0 && p.num() != null && before != null && after != null
                    && before.keySet().equals(after.keySet())) {
                truths.put(j, new ChangeKindEvaluation.Truth(Set.of(before.get(p.num())), false));
            }
        }
        return truths;
    }

    private static Map<String, List<Integer>> byText(List<Para> paras) {
        Map<String, List<Integer>> byText = new HashMap<>();
        for (int i = 0; i < paras.size(); i++) {
            byText.computeIfAbsent(paras.get(i).text(), k -> new ArrayList<>()).add(i);
        }
        return byText;
    }

    /** Per article, number → index, for articles whose numbered paragraphs each carry a different number. */
    private static Map<String, Map<String, Integer>> numbered(List<Para> paras,
                                                              Function<Para, String> article) {
        Map<String, Map<String, Integer>> byArticle = new HashMap<>();
        Set<String> duplicated = new HashSet<>();
        for (int i = 0; i < paras.size(); i++) {
            Para p = paras.get(i);
            String key = article.apply(p);
            if (p.level() == 0 && p.num() != null && key != null
                    && byArticle.computeIfAbsent(key, k -> new HashMap<>()).put(p.num(), i) != null) {
                duplicated.add(key);
            }
        }
        duplicated.forEach(byArticle::remove);
        return byArticle;
    }

    /** "Article 18 *(entryinto force)*" and "Article 18 *(entry into force)*" are the same heading. */
    static String article(String section) {
        return section.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** The article number ("Article 8 bis", "[Article 3bis] (REDD-plus)" → "8bis", "3bis"), or "preamble". */
    static String articleNumber(String section) {
        String s = section.toLowerCase(Locale.ROOT).replaceAll("[\\[\\]]", "");
        if (s.startsWith("preamble")) {
            return "preamble";
        }
        Matcher m = Pattern.compile("^article\\s+(\\d+\\s*(?:bis|ter)?)").matcher(s);
        return m.find() ? m.group(1).replace(" ", "") : null;
    }
}

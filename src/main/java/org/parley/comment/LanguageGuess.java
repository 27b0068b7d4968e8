package org.parley.comment;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A comment's language when the writer did not choose one: Arabic by script, otherwise English, French or
 * Spanish by their most frequent short words; the document's language when nothing stands out. Good enough for
 * routing and search analysis of consultation comments; the writer can always set it.
 */
final class LanguageGuess {

    private static final Pattern ARABIC = Pattern.compile("[\\u0600-\\u06FF\\u0750-\\u077F\\uFB50-\\uFDFF\\uFE70-\\uFEFF]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    private static final Map<String, Set<String>> STOP_WORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "is", "in", "that", "for", "with", "this", "should", "be", "are",
                    "we", "not", "it", "on", "as"),
            "fr", Set.of("le", "la", "les", "et", "des", "du", "de", "est", "une", "un", "pour", "dans", "que", "qui",
                    "nous", "pas", "sur", "au", "aux", "être"),
            "es", Set.of("el", "la", "los", "las", "y", "de", "del", "que", "en", "es", "una", "un", "para", "por",
                    "con", "no", "se", "su", "al"));

    private LanguageGuess() {
    }

    static String guess(String text, String fallback) {
        long arabicLetters = ARABIC.matcher(text).results().count();
        long letters = text.codePoints().filter(Character::isLetter).count();
        if (letters > 0 && arabicLetters * 2 >= letters) {
            return "ar";
        }
        Map<String, Integer> scores = new HashMap<>();
        WORD.matcher(text.toLowerCase(Locale.ROOT)).results().map(m -> m.group())
                .forEach(word -> STOP_WORDS.forEach((language, words) -> {
                    if (words.contains(word)) {
                        scores.merge(language, 1, Integer::sum);
                    }
                }));
        int best = scores.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<String> leaders = scores.entrySet().stream().filter(e -> e.getValue() == best)
                .map(Map.Entry::getKey).toList();
        // a tie (words French and Spanish share, such as "la", "de", "que") says nothing: keep the fallback
        return best >= 2 && leaders.size() == 1 ? leaders.get(0) : fallback;
    }
}

package org.parley.drafting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Paragraph numbers of a draft after an edit (see {@link DraftEditingService}): 1..n when the draft was numbered
 * 1..n, otherwise existing numbers stay and a new paragraph takes its predecessor's number with the first free
 * letter ("12" then "12a"; "12a" then "12b").
 */
final class DraftNumbering {

    private static final int MAX_NUMBER = 40;

    private DraftNumbering() {
    }

    static boolean sequential(List<String> numbers) {
        for (int i = 0; i < numbers.size(); i++) {
            if (!numbers.get(i).equals(String.valueOf(i + 1))) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param numbers the current numbers in the new reading order (anything for new paragraphs)
     * @param created which of them are new
     */
    static List<String> number(List<String> numbers, List<Boolean> created, boolean sequential) {
        List<String> result = new ArrayList<>();
        if (sequential) {
            for (int i = 0; i < numbers.size(); i++) {
                result.add(String.valueOf(i + 1));
            }
            return result;
        }
        Set<String> used = new HashSet<>();
        for (int i = 0; i < numbers.size(); i++) {
            if (!created.get(i)) {
                used.add(numbers.get(i));
            }
        }
        for (int i = 0; i < numbers.size(); i++) {
            if (!created.get(i)) {
                result.add(numbers.get(i));
                continue;
            }
            String number = freeAfter(i == 0 ? "0" : result.get(i - 1), used);
            used.add(number);
            result.add(number);
        }
        return result;
    }

    private static String freeAfter(String previous, Set<String> used) {
        String base = previous.matches(".*\\d[a-z]+") ? previous.replaceAll("[a-z]+$", "") : previous;
        base = base.length() > MAX_NUMBER - 3 ? base.substring(0, MAX_NUMBER - 3) : base;
        for (char letter = 'a'; letter <= 'z'; letter++) {
            if (!used.contains(base + letter)) {
                return base + letter;
            }
        }
        for (int n = 1; ; n++) {
            if (!used.contains(base + "-" + n)) {
                return base + "-" + n;
            }
        }
    }
}

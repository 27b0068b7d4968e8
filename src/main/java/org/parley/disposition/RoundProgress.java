package org.parley.disposition;

import java.util.Comparator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How far the answers to a round have come: answered and total comments per section (in reading order) and per
 * organisation (by name; comments made in a person's own name are counted under a null organisation, last).
 */
public record RoundProgress(int answered, int total, List<Tally> bySection, List<Tally> byOrganisation) {

    /** {@code label} is a section title or an organisation name; null for "no section" or "in one's own name". */
    public record Tally(String label, int answered, int total) {

        public boolean complete() {
            return answered == total;
        }
    }

    public static RoundProgress of(List<RoundItem> items) {
        int answered = (int) items.stream().filter(RoundItem::answered).count();
        List<Tally> byOrganisation = new ArrayList<>(tally(items, i -> i.comment().organisation() == null ? null
                : i.comment().organisation().name()));
        byOrganisation.sort(Comparator.comparing(Tally::label,
                Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)));
        return new RoundProgress(answered, items.size(), tally(items, RoundItem::section), List.copyOf(byOrganisation));
    }

    /** In the order of first appearance, which for a round is reading order. */
    private static List<Tally> tally(List<RoundItem> items, Function<RoundItem, String> key) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (RoundItem item : items) {
            int[] c = counts.computeIfAbsent(key.apply(item), k -> new int[2]);
            c[0] += item.answered() ? 1 : 0;
            c[1]++;
        }
        List<Tally> tallies = new ArrayList<>();
        counts.forEach((label, c) -> tallies.add(new Tally(label, c[0], c[1])));
        return List.copyOf(tallies);
    }
}

package org.parley.statistics;

import java.util.Map;

/** The answers to one round's comments (top-level ones: replies get no disposition). */
public record RoundOutcomes(int round, String label, Map<Outcome, Integer> counts) {

    public RoundOutcomes {
        counts = Map.copyOf(counts);
    }

    public int count(Outcome outcome) {
        return counts.getOrDefault(outcome, 0);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}

package org.parley.translation;

import java.util.Arrays;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs the paragraphs of a translation with those of its source. Text similarity does not work across
 * languages, so: by paragraph number when the translation's numbers are the source's; otherwise by order and
 * length, as Gale and Church (1993) aligned sentences ("A program for aligning sentences in bilingual corpora"):
 * the length of a translation is roughly proportional to the length of its source, so a dynamic programme picks
 * the 1-1, 1-0, 0-1, 2-1 and 1-2 groupings with the most probable lengths. Anything but a 1-1 pair of
 * plausible lengths is marked uncertain: the translator decides, nothing is guessed silently.
 */
final class ParagraphAlignment {

    /** A paragraph as the aligner sees it. */
    record Unit(String number, String text) {
        int length() {
            return Math.max(1, text.length());
        }
    }

    /** The translated units proposed for source unit {@code source} (empty: none). */
    record Pair(int source, List<Integer> translated, boolean uncertain) {
    }

    record Result(AlignmentMethod method, List<Pair> pairs, List<Integer> unplaced) {
    }

    /** |z| of a 1-1 pair beyond which its lengths are implausible (two-sided p < 0.3 %). */
    private static final double IMPLAUSIBLE = 3.0;
    /** Variance of the length difference per source character, as measured by Gale and Church. */
    private static final double VARIANCE = 6.8;
    /** Share of the translation's numbers that must be found in the source to align by numbers. */
    private static final double NUMBER_SHARE = 0.8;

    private ParagraphAlignment() {
    }

    static Result align(List<Unit> source, List<Unit> translated) {
        double ratio = ratio(source, translated);
        Map<String, Integer> sourceByNumber = new HashMap<>();
        for (int i = 0; i < source.size(); i++) {
            sourceByNumber.put(source.get(i).number(), i);
        }
        long found = translated.stream().filter(u -> sourceByNumber.containsKey(u.number())).count();
        if (!translated.isEmpty() && found >= NUMBER_SHARE * Math.max(translated.size(), source.size())) {
            return byNumbers(source, translated, sourceByNumber, ratio);
        }
        return byLengths(source, translated, ratio);
    }

    private static Result byNumbers(List<Unit> source, List<Unit> translated, Map<String, Integer> sourceByNumber,
                                    double ratio) {
        Map<Integer, Integer> bySource = new HashMap<>();
        List<Integer> unplaced = new ArrayList<>();
        for (int j = 0; j < translated.size(); j++) {
            Integer i = sourceByNumber.get(translated.get(j).number());
            if (i == null) {
                unplaced.add(j);
            } else {
                bySource.put(i, j);
            }
        }
        List<Pair> pairs = new ArrayList<>(source.size());
        for (int i = 0; i < source.size(); i++) {
            Integer j = bySource.get(i);
            if (j == null) {
                pairs.add(new Pair(i, List.of(), true));
            } else {
                double z = Math.abs(z(source.get(i).length(), translated.get(j).length(), ratio));
                pairs.add(new Pair(i, List.of(j), z > IMPLAUSIBLE));
            }
        }
        return new Result(AlignmentMethod.NUMBERS, pairs, unplaced);
    }

    /** Bead kinds: source units taken, translated units taken, prior probability (Gale and Church, table 5). */
    private static final int[][] BEADS = {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}};
    private static final double[] PRIOR = {0.89, 0.0099, 0.0099, 0.089 / 2, 0.089 / 2};

    private static Result byLengths(List<Unit> source, List<Unit> translated, double ratio) {
        int n = source.size();
        int m = translated.size();
        double[][] cost = new double[n + 1][m + 1];
        int[][] bead = new int[n + 1][m + 1];
        for (double[] row : cost) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        cost[0][0] = 0;
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                for (int b = 0; b < BEADS.length; b++) {
                    int di = BEADS[b][0];
                    int dj = BEADS[b][1];
                    if (i < di || j < dj || cost[i - di][j - dj] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double c = cost[i - di][j - dj] + beadCost(b, length(source, i - di, i),
                            length(translated, j - dj, j), ratio);
                    if (c < cost[i][j]) {
                        cost[i][j] = c;
                        bead[i][j] = b;
                    }
                }
            }
        }
        List<Pair> pairs = new ArrayList<>();
        List<Integer> unplaced = new ArrayList<>();
        for (int i = n, j = m; i > 0 || j > 0; ) {
            int b = bead[i][j];
            int di = BEADS[b][0];
            int dj = BEADS[b][1];
            List<Integer> taken = new ArrayList<>();
            for (int k = j - dj; k < j; k++) {
                taken.add(k);
            }
            if (di == 0) {
                unplaced.addAll(taken);
            } else if (di == 1) {
                boolean plausible = b == 0 && Math.abs(z(source.get(i - 1).length(),
                        translated.get(j - 1).length(), ratio)) <= IMPLAUSIBLE;
                pairs.add(new Pair(i - 1, taken, !plausible));
            } else { // two source paragraphs share one translated paragraph: the translator splits it
                pairs.add(new Pair(i - 1, List.of(), true));
                pairs.add(new Pair(i - 2, taken, true));
            }
            i -= di;
            j -= dj;
        }
        Collections.reverse(pairs);
        Collections.sort(unplaced);
        return new Result(AlignmentMethod.LENGTHS, pairs, unplaced);
    }

    private static double beadCost(int bead, int sourceLength, int translatedLength, double ratio) {
        double z = z(sourceLength, translatedLength, ratio);
        double pDelta = 2 * (1 - phi(Math.abs(z)));
        return -Math.log(PRIOR[bead]) - Math.log(Math.max(pDelta, 1e-300));
    }

    private static double z(int sourceLength, int translatedLength, double ratio) {
        double mean = (sourceLength + translatedLength / ratio) / 2;
        return (translatedLength - sourceLength * ratio) / Math.sqrt(Math.max(mean, 1) * VARIANCE);
    }

    private static int length(List<Unit> units, int from, int to) {
        int sum = 0;
        for (int k = from; k < to; k++) {
            sum += units.get(k).length();
        }
        return sum;
    }

    /** Translated characters per source character over the whole texts (French runs ~15 % longer than English). */
    private static double ratio(List<Unit> source, List<Unit> translated) {
        double s = length(source, 0, source.size());
        double t = length(translated, 0, translated.size());
        return s == 0 || t == 0 ? 1 : t / s;
    }

    /** The standard normal distribution function (Abramowitz and Stegun 26.2.17, error below 7.5e-8). */
    private static double phi(double x) {
        double t = 1 / (1 + 0.2316419 * Math.abs(x));
        double d = 0.3989423 * Math.exp(-x * x / 2);
        double p = d * t * (0.3193815 + t * (-0.3565638 + t * (1.781478 + t * (-1.821256 + t * 1.330274))));
        return x >= 0 ? 1 - p : p;
    }
}

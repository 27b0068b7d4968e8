package org.parley.alignment;

import org.parley.document.ChangeKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Precision and recall of the aligner per change kind, against a truth that may cover only part of a pair.
 * <p>
 * The truth gives, for some paragraphs of the new version, the set of old paragraphs any of which is a right
 * predecessor (empty: the paragraph is new) and whether its text is identical to it; and, for some old paragraphs,
 * whether they were deleted. Its kinds: NEW (no predecessor), UNCHANGED (identical text), EDITED (otherwise), and
 * MOVED for those with one true predecessor that is out of order: not on the longest run of true predecessors
 * that keeps the order of the new version (when two blocks swap, the shorter one moved). DELETED comes from the
 * deletion truth. SPLIT and MERGED have no truth in either corpus (article and paragraph numbers say which old
 * paragraph a text continues, not how it was cut): for them only how many were predicted, and how many of those
 * continue a true predecessor, are reported.
 * <p>
 * A prediction is a true positive when the aligner gives the truth's kind and (except for DELETED) one of the
 * true predecessors. Paragraphs outside the truth are not counted.
 */
final class ChangeKindEvaluation {

    enum Kind { UNCHANGED, EDITED, MOVED, SPLIT, MERGED, NEW, DELETED }

    record Truth(Set<Integer> predecessors, boolean identical) {
    }

    /** Per kind: [true positives, predicted, actual, predicted with a right predecessor]. */
    record Score(int covered, int mapped, int deletionsCovered, Map<Kind, int[]> counts) {

        double accuracy() {
            return covered == 0 ? 1 : (double) mapped / covered;
        }

        /** NaN when the aligner predicted none of this kind among the covered paragraphs, or it has no truth. */
        double precision(Kind kind) {
            int[] c = counts.get(kind);
            return c[1] == 0 || !hasTruth(kind) ? Double.NaN : (double) c[0] / c[1];
        }

        /** NaN when the truth has none of this kind. */
        double recall(Kind kind) {
            int[] c = counts.get(kind);
            return c[2] == 0 ? Double.NaN : (double) c[0] / c[2];
        }

        private static boolean hasTruth(Kind kind) {
            return kind != Kind.SPLIT && kind != Kind.MERGED;
        }

        String report(String name) {
            StringBuilder text = new StringBuilder(String.format("%s: %d/%d covered paragraphs mapped to a true "
                    + "predecessor (%.1f %%), %d old paragraphs with a deletion truth%n", name, mapped, covered,
                    100 * accuracy(), deletionsCovered));
            for (Kind kind : Kind.values()) {
                int[] c = counts.get(kind);
                text.append(hasTruth(kind) ? String.format("  %-9s precision %s (%d/%d)  recall %s (%d/%d)%n", kind,
                        format(precision(kind)), c[0], c[1], format(recall(kind)), c[0], c[2])
                        : String.format("  %-9s no truth: %d predicted, %d of them continue a true predecessor%n",
                        kind, c[1], c[3]));
            }
            return text.toString();
        }

        private static String format(double value) {
            return Double.isNaN(value) ? "  –  " : String.format("%.3f", value);
        }
    }

    private ChangeKindEvaluation() {
    }

    static Score score(ParagraphAligner.Result result, Map<Integer, Truth> truths, Map<Integer, Boolean> deletions) {
        Map<Kind, int[]> counts = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            counts.put(kind, new int[4]);
        }
        Set<Integer> moved = movedTruth(truths);
        int covered = 0;
        int mapped = 0;
        for (ParagraphAligner.Link link : result.links()) {
            Truth truth = truths.get(link.newIndex());
            if (truth == null) {
                continue;
            }
            covered++;
            boolean right = truth.predecessors().isEmpty() ? link.oldIndexes().isEmpty()
                    : link.oldIndexes().stream().anyMatch(truth.predecessors()::contains);
            mapped += right ? 1 : 0;
            Kind actual = truth.predecessors().isEmpty() ? Kind.NEW : moved.contains(link.newIndex()) ? Kind.MOVED
                    : truth.identical() ? Kind.UNCHANGED : Kind.EDITED;
            Kind predicted = predicted(link.change());
            counts.get(predicted)[1]++;
            counts.get(predicted)[3] += right ? 1 : 0;
            counts.get(actual)[2]++;
            if (right && predicted == actual) {
                counts.get(actual)[0]++;
            }
        }
        Set<Integer> predictedDeleted = new HashSet<>(result.deletedOldIndexes());
        int[] deleted = counts.get(Kind.DELETED);
        deletions.forEach((oldIndex, actuallyDeleted) -> {
            boolean predicted = predictedDeleted.contains(oldIndex);
            deleted[1] += predicted ? 1 : 0;
            deleted[2] += actuallyDeleted ? 1 : 0;
            deleted[0] += predicted && actuallyDeleted ? 1 : 0;
            deleted[3] += predicted && actuallyDeleted ? 1 : 0;
        });
        return new Score(covered, mapped, deletions.size(), counts);
    }

    private static Kind predicted(ChangeKind change) {
        return change == null ? Kind.NEW : Kind.valueOf(change.name());
    }

    /** New paragraphs whose single true predecessor is off the longest order-preserving run. */
    static Set<Integer> movedTruth(Map<Integer, Truth> truths) {
        List<int[]> pairs = new ArrayList<>(); // [new index, old index] in new order
        new TreeMap<>(truths).forEach((newIndex, truth) -> {
            if (truth.predecessors().size() == 1) {
                pairs.add(new int[] {newIndex, truth.predecessors().iterator().next()});
            }
        });
        int n = pairs.size();
        int[] length = new int[n];
        int[] previous = new int[n];
        int best = -1;
        for (int i = 0; i < n; i++) { // quadratic is fine for a few thousand paragraphs
            length[i] = 1;
            previous[i] = -1;
            for (int k = 0; k < i; k++) {
                if (pairs.get(k)[1] < pairs.get(i)[1] && length[k] + 1 > length[i]) {
                    length[i] = length[k] + 1;
                    previous[i] = k;
                }
            }
            if (best < 0 || length[i] > length[best]) {
                best = i;
            }
        }
        boolean[] inOrder = new boolean[n];
        for (int i = best; i >= 0; i = previous[i]) {
            inOrder[i] = true;
        }
        Set<Integer> moved = new HashSet<>();
        for (int i = 0; i < n; i++) {
            if (!inOrder[i]) {
                moved.add(pairs.get(i)[0]);
            }
        }
        return moved;
    }

    /** A Markdown table: per kind "precision (true positives/predicted), recall (true positives/actual)". */
    static String table(Map<String, Score> scores) {
        StringBuilder text = new StringBuilder("| pair | mapped | " + String.join(" | ",
                Arrays.stream(Kind.values()).map(k -> k.name().toLowerCase()).toList()) + " |\n");
        scores.forEach((name, score) -> {
            text.append("| ").append(name).append(" | ").append(String.format("%d/%d", score.mapped(),
                    score.covered()));
            for (Kind kind : Kind.values()) {
                int[] c = score.counts().get(kind);
                text.append(" | ").append(Score.hasTruth(kind)
                        ? String.format("%s (%d/%d), %s (%d/%d)", Score.format(score.precision(kind)), c[0], c[1],
                        Score.format(score.recall(kind)), c[0], c[2])
                        : String.format("%d predicted, %d on a true predecessor", c[1], c[3]));
            }
            text.append(" |\n");
        });
        return text.toString();
    }
}

package org.parley.alignment;

import java.util.Arrays;
import org.parley.document.ChangeKind;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Maps the paragraphs of a revised draft onto those of the previous version, as an editor would: first the
 * best order-preserving pairing by similarity (dynamic programming over both sequences), then paragraphs that
 * moved, then splits (one old paragraph now continued by a neighbour) and merges (an old neighbour absorbed),
 * and what is left is new or deleted.
 * <p>
 * Similarity is the Dice coefficient over word unigrams and bigrams, so that both vocabulary and phrasing count;
 * candidate pairs come from an inverted index of the rarer terms, so long documents stay fast.
 */
public final class ParagraphAligner {

    static final double MATCH_THRESHOLD = 0.45;
    /** Between two paired paragraphs, a rewritten paragraph in the same place needs less in common. */
    static final double GAP_THRESHOLD = 0.25;
    static final double MOVE_THRESHOLD = 0.6;
    static final double CONTAINMENT_THRESHOLD = 0.75;

    /** One paragraph of the new version and where it came from; {@code change} null means new. */
    public record Link(int newIndex, List<Integer> oldIndexes, ChangeKind change) {
    }

    public record Result(List<Link> links, List<Integer> deletedOldIndexes) {
    }

    private ParagraphAligner() {
    }

    public static Result align(List<String> oldTexts, List<String> newTexts) {
        Map<String, Integer> vocabulary = new HashMap<>();
        List<Terms> oldTerms = oldTexts.stream().map(text -> Terms.of(text, vocabulary)).toList();
        List<Terms> newTerms = newTexts.stream().map(text -> Terms.of(text, vocabulary)).toList();
        Map<Long, Double> similarity = candidateSimilarities(oldTerms, newTerms);
        int[] oldFor = orderPreservingMatch(oldTerms.size(), newTerms.size(), similarity);
        fillGaps(oldFor, oldTerms.size(), similarity);
        int[][] moved = detectMoves(oldFor, oldTerms.size(), similarity);
        return classify(oldTerms, newTerms, oldFor, moved);
    }

    static double similarity(String a, String b) {
        Map<String, Integer> vocabulary = new HashMap<>();
        return Terms.of(a, vocabulary).dice(Terms.of(b, vocabulary));
    }

    // ---- similarity ------------------------------------------------------------------------------------

    private static Map<Long, Double> candidateSimilarities(List<Terms> olds, List<Terms> news) {
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < olds.size(); i++) {
            for (String term : olds.get(i).distinct()) {
                postings.computeIfAbsent(term, k -> new ArrayList<>()).add(i);
            }
        }
        // terms in a large share of paragraphs say little about which pair belongs together
        int frequent = Math.max(20, olds.size() / 10);
        Map<Long, Double> similarity = new HashMap<>();
        for (int j = 0; j < news.size(); j++) {
            Set<Integer> candidates = new HashSet<>();
            for (String term : news.get(j).distinct()) {
                List<Integer> hits = postings.get(term);
                if (hits != null && hits.size() <= frequent) {
                    candidates.addAll(hits);
                }
            }
            for (int i : candidates) {
                double s = olds.get(i).dice(news.get(j));
                if (s > 0.2) {
                    similarity.put(key(i, j), s);
                }
            }
        }
        return similarity;
    }

    private static long key(int oldIndex, int newIndex) {
        return ((long) oldIndex << 32) | newIndex;
    }

    private static double sim(Map<Long, Double> similarity, int oldIndex, int newIndex) {
        return similarity.getOrDefault(key(oldIndex, newIndex), 0.0);
    }

    // ---- order-preserving pairing ------------------------------------------------------------------------

    /** For each new paragraph, the old one it is paired with in order, or -1. */
    private static int[] orderPreservingMatch(int n, int m, Map<Long, Double> similarity) {
        float[][] best = new float[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                float pair = (float) sim(similarity, i, j);
                float take = pair >= MATCH_THRESHOLD ? pair + best[i + 1][j + 1] : -1;
                best[i][j] = Math.max(take, Math.max(best[i + 1][j], best[i][j + 1]));
            }
        }
        int[] oldFor = new int[m];
        Arrays.fill(oldFor, -1);
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            float pair = (float) sim(similarity, i, j);
            if (pair >= MATCH_THRESHOLD && best[i][j] == pair + best[i + 1][j + 1]) {
                oldFor[j] = i;
                i++;
                j++;
            } else if (best[i][j] == best[i + 1][j]) {
                i++;
            } else {
                j++;
            }
        }
        return oldFor;
    }

    /**
     * Between consecutive pairs, the unpaired old and new paragraphs sit in the same place of the text: pair them
     * in order with the looser threshold (an editor rewrote them), using the same dynamic programming.
     */
    private static void fillGaps(int[] oldFor, int n, Map<Long, Double> similarity) {
        int previousOld = -1;
        int gapStart = 0;
        for (int j = 0; j <= oldFor.length; j++) {
            if (j < oldFor.length && oldFor[j] < 0) {
                continue;
            }
            int nextOld = j < oldFor.length ? oldFor[j] : n;
            fillGap(oldFor, previousOld + 1, nextOld, gapStart, j, similarity);
            if (j < oldFor.length) {
                previousOld = oldFor[j];
            }
            gapStart = j + 1;
        }
    }

    private static void fillGap(int[] oldFor, int oldFrom, int oldTo, int newFrom, int newTo,
                                Map<Long, Double> similarity) {
        int n = oldTo - oldFrom;
        int m = newTo - newFrom;
        if (n <= 0 || m <= 0) {
            return;
        }
        float[][] best = new float[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                float pair = (float) sim(similarity, oldFrom + i, newFrom + j);
                float take = pair >= GAP_THRESHOLD ? pair + best[i + 1][j + 1] : -1;
                best[i][j] = Math.max(take, Math.max(best[i + 1][j], best[i][j + 1]));
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            float pair = (float) sim(similarity, oldFrom + i, newFrom + j);
            if (pair >= GAP_THRESHOLD && best[i][j] == pair + best[i + 1][j + 1]) {
                oldFor[newFrom + j] = oldFrom + i;
                i++;
                j++;
            } else if (best[i][j] == best[i + 1][j]) {
                i++;
            } else {
                j++;
            }
        }
    }

    /** Pairs of (old, new) left unpaired by the ordered pass but clearly the same text: moved paragraphs. */
    private static int[][] detectMoves(int[] oldFor, int n, Map<Long, Double> similarity) {
        boolean[] oldUsed = new boolean[n];
        for (int old : oldFor) {
            if (old >= 0) {
                oldUsed[old] = true;
            }
        }
        List<long[]> pairs = new ArrayList<>();
        similarity.forEach((key, s) -> {
            int i = (int) (key >>> 32);
            int j = (int) (long) key;
            if (s >= MOVE_THRESHOLD && !oldUsed[i] && oldFor[j] < 0) {
                pairs.add(new long[] {i, j, Double.doubleToLongBits(s)});
            }
        });
        pairs.sort((a, b) -> Double.compare(Double.longBitsToDouble(b[2]), Double.longBitsToDouble(a[2])));
        List<int[]> moves = new ArrayList<>();
        Set<Integer> takenNew = new HashSet<>();
        for (long[] p : pairs) {
            int i = (int) p[0];
            int j = (int) p[1];
            if (!oldUsed[i] && !takenNew.contains(j)) {
                oldUsed[i] = true;
                takenNew.add(j);
                moves.add(new int[] {i, j});
            }
        }
        return moves.toArray(new int[0][]);
    }

    // ---- classification -------------------------------------------------------------------------------

    private static Result classify(List<Terms> olds, List<Terms> news, int[] oldFor, int[][] moves) {
        int m = news.size();
        List<List<Integer>> predecessors = new ArrayList<>();
        ChangeKind[] kinds = new ChangeKind[m];
        for (int j = 0; j < m; j++) {
            predecessors.add(new ArrayList<>());
            if (oldFor[j] >= 0) {
                predecessors.get(j).add(oldFor[j]);
                kinds[j] = olds.get(oldFor[j]).sameTextAs(news.get(j)) ? ChangeKind.UNCHANGED : ChangeKind.EDITED;
            }
        }
        for (int[] move : moves) {
            predecessors.get(move[1]).add(move[0]);
            kinds[move[1]] = ChangeKind.MOVED;
        }
        Set<Integer> usedOld = new HashSet<>();
        predecessors.forEach(usedOld::addAll);
        detectSplits(olds, news, predecessors, kinds);
        detectMerges(olds, news, predecessors, kinds, usedOld);
        List<Link> links = new ArrayList<>();
        for (int j = 0; j < m; j++) {
            links.add(new Link(j, List.copyOf(predecessors.get(j)), predecessors.get(j).isEmpty() ? null : kinds[j]));
        }
        Set<Integer> kept = new HashSet<>();
        predecessors.forEach(kept::addAll);
        List<Integer> deleted = new ArrayList<>();
        for (int i = 0; i < olds.size(); i++) {
            if (!kept.contains(i)) {
                deleted.add(i);
            }
        }
        return new Result(links, deleted);
    }

    /** An unpaired new paragraph whose words come from the old paragraph its neighbour continues: a split. */
    private static void detectSplits(List<Terms> olds, List<Terms> news, List<List<Integer>> predecessors,
                                     ChangeKind[] kinds) {
        for (int j = 0; j < news.size(); j++) {
            if (!predecessors.get(j).isEmpty()) {
                continue;
            }
            for (int neighbour : new int[] {j - 1, j + 1}) {
                if (neighbour < 0 || neighbour >= news.size() || predecessors.get(neighbour).size() != 1) {
                    continue;
                }
                int old = predecessors.get(neighbour).get(0);
                if (news.get(j).containedIn(olds.get(old)) >= CONTAINMENT_THRESHOLD) {
                    predecessors.get(j).add(old);
                    kinds[j] = ChangeKind.SPLIT;
                    kinds[neighbour] = ChangeKind.SPLIT;
                    break;
                }
            }
        }
    }

    /** An unpaired old paragraph whose words went into the new paragraph its neighbour became: a merge. */
    private static void detectMerges(List<Terms> olds, List<Terms> news, List<List<Integer>> predecessors,
                                     ChangeKind[] kinds, Set<Integer> usedOld) {
        Map<Integer, Integer> newForOld = new HashMap<>();
        for (int j = 0; j < news.size(); j++) {
            for (int old : predecessors.get(j)) {
                newForOld.put(old, j);
            }
        }
        for (int i = 0; i < olds.size(); i++) {
            if (usedOld.contains(i)) {
                continue;
            }
            for (int neighbour : new int[] {i - 1, i + 1}) {
                Integer j = newForOld.get(neighbour);
                if (j != null && kinds[j] != ChangeKind.SPLIT
                        && olds.get(i).containedIn(news.get(j)) >= CONTAINMENT_THRESHOLD) {
                    predecessors.get(j).add(i);
                    predecessors.get(j).sort(Integer::compare);
                    kinds[j] = ChangeKind.MERGED;
                    usedOld.add(i);
                    break;
                }
            }
        }
    }

    /**
     * A paragraph as a bag of word unigrams and bigrams, accents and case folded. The bag is also kept as term
     * numbers (from one vocabulary per alignment) in ascending order with their counts, so that comparing two
     * paragraphs is a merge of two arrays rather than a hash lookup per term: the aligner compares each new
     * paragraph with hundreds of candidates.
     */
    private record Terms(String normalised, String exact, Map<String, Integer> counts, int size, int[] ids,
                         int[] frequencies) {

        static Terms of(String text, Map<String, Integer> vocabulary) {
            String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                    .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
            String[] words = folded.split("[^\\p{L}\\p{N}]+");
            Map<String, Integer> counts = new HashMap<>();
            int size = 0;
            String previous = null;
            for (String word : words) {
                if (word.isEmpty()) {
                    continue;
                }
                counts.merge(word, 1, Integer::sum);
                size++;
                if (previous != null) {
                    counts.merge(previous + ' ' + word, 1, Integer::sum);
                    size++;
                }
                previous = word;
            }
            String exact = text == null ? "" : text.replaceAll("\\s+", " ").strip();
            long[] packed = new long[counts.size()];
            int k = 0;
            for (Map.Entry<String, Integer> term : counts.entrySet()) {
                long id = vocabulary.computeIfAbsent(term.getKey(), t -> vocabulary.size());
                packed[k++] = (id << 32) | term.getValue();
            }
            Arrays.sort(packed);
            int[] ids = new int[packed.length];
            int[] frequencies = new int[packed.length];
            for (int i = 0; i < packed.length; i++) {
                ids[i] = (int) (packed[i] >>> 32);
                frequencies[i] = (int) packed[i];
            }
            return new Terms(String.join(" ", words).strip(), exact, counts, size, ids, frequencies);
        }

        Set<String> distinct() {
            return counts.keySet();
        }

        double dice(Terms other) {
            if (size == 0 || other.size == 0) {
                return normalised.equals(other.normalised) ? 1 : 0;
            }
            return 2.0 * shared(other) / (size + other.size);
        }

        /** The share of this paragraph's terms found in the other one. */
        double containedIn(Terms other) {
            return size == 0 ? 0 : (double) shared(other) / size;
        }

        boolean sameTextAs(Terms other) {
            return exact.equals(other.exact);
        }

        private int shared(Terms other) {
            int shared = 0;
            int a = 0;
            int b = 0;
            while (a < ids.length && b < other.ids.length) {
                if (ids[a] == other.ids[b]) {
                    shared += Math.min(frequencies[a], other.frequencies[b]);
                    a++;
                    b++;
                } else if (ids[a] < other.ids[b]) {
                    a++;
                } else {
                    b++;
                }
            }
            return shared;
        }
    }
}

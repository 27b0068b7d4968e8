package org.parley.alignment;

import org.parley.document.ChangeKind;
import org.parley.alignment.CodeCivilRevisions.Alinea;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores an alignment against the article-number truth. A new alinéa's true predecessors: the alinéa of the
 * same article with the identical text; else, when the article kept its number of alinéas, the one at the same
 * place; else any alinéa of the article. No predecessor is right only for an article that did not exist.
 */
final class AlignmentEvaluation {

    enum TruthKind { UNCHANGED, EDITED, NEW, DELETED }

    record Score(int total, int correct, Map<TruthKind, int[]> confusion) {

        double accuracy() {
            return total == 0 ? 1 : (double) correct / total;
        }

        /** [true positives, predicted, actual] per kind. */
        double precision(TruthKind kind) {
            int[] c = confusion.get(kind);
            return c[1] == 0 ? 1 : (double) c[0] / c[1];
        }

        double recall(TruthKind kind) {
            int[] c = confusion.get(kind);
            return c[2] == 0 ? 1 : (double) c[0] / c[2];
        }

        String report(String name) {
            StringBuilder text = new StringBuilder(String.format("%s: %d/%d alinéas mapped to their true "
                    + "predecessor (%.2f %%)%n", name, correct, total, 100 * accuracy()));
            for (TruthKind kind : TruthKind.values()) {
                int[] c = confusion.get(kind);
                text.append(String.format("  %-9s precision %.3f recall %.3f (predicted %d, actual %d)%n", kind,
                        precision(kind), recall(kind), c[1], c[2]));
            }
            return text.toString();
        }
    }

    private AlignmentEvaluation() {
    }

    static Score score(List<Alinea> olds, List<Alinea> news, ParagraphAligner.Result result) {
        Map<String, List<Alinea>> oldByArticle = byArticle(olds);
        Map<String, List<Alinea>> newByArticle = byArticle(news);
        Map<TruthKind, int[]> confusion = new EnumMap<>(TruthKind.class);
        for (TruthKind kind : TruthKind.values()) {
            confusion.put(kind, new int[3]);
        }
        int correct = 0;
        for (ParagraphAligner.Link link : result.links()) {
            Alinea alinea = news.get(link.newIndex());
            Set<Integer> truth = truePredecessors(alinea, olds, oldByArticle, newByArticle);
            TruthKind actual = truth.isEmpty() ? TruthKind.NEW
                    : truth.stream().anyMatch(i -> olds.get(i).text().equals(alinea.text())) ? TruthKind.UNCHANGED
                    : TruthKind.EDITED;
            boolean right = truth.isEmpty() ? link.oldIndexes().isEmpty()
                    : link.oldIndexes().stream().anyMatch(truth::contains);
            correct += right ? 1 : 0;
            TruthKind predicted = link.change() == null ? TruthKind.NEW
                    : link.change() == ChangeKind.UNCHANGED ? TruthKind.UNCHANGED : TruthKind.EDITED;
            confusion.get(predicted)[1]++;
            confusion.get(actual)[2]++;
            if (right && predicted == actual) {
                confusion.get(actual)[0]++;
            }
        }
        scoreDeletions(olds, newByArticle, result, confusion);
        return new Score(result.links().size(), correct, confusion);
    }

    /** The article-number truth of every new alinéa, for {@link ChangeKindEvaluation}. */
    static Map<Integer, ChangeKindEvaluation.Truth> truths(List<Alinea> olds, List<Alinea> news) {
        Map<String, List<Alinea>> oldByArticle = byArticle(olds);
        Map<String, List<Alinea>> newByArticle = byArticle(news);
        Map<Integer, ChangeKindEvaluation.Truth> truths = new HashMap<>();
        for (int j = 0; j < news.size(); j++) {
            Alinea alinea = news.get(j);
            Set<Integer> truth = truePredecessors(alinea, olds, oldByArticle, newByArticle);
            truths.put(j, new ChangeKindEvaluation.Truth(truth,
                    truth.stream().anyMatch(i -> olds.get(i).text().equals(alinea.text()))));
        }
        return truths;
    }

    /** Every old alinéa: deleted when its article is gone, or shrank below it and lost its text. */
    static Map<Integer, Boolean> deletions(List<Alinea> olds, List<Alinea> news) {
        Map<String, List<Alinea>> newByArticle = byArticle(news);
        Map<Integer, Boolean> deletions = new HashMap<>();
        for (int i = 0; i < olds.size(); i++) {
            Alinea old = olds.get(i);
            List<Alinea> sameArticle = newByArticle.get(old.article());
            deletions.put(i, sameArticle == null || sameArticle.size() <= old.index()
                    && sameArticle.stream().noneMatch(a -> a.text().equals(old.text())));
        }
        return deletions;
    }

    private static void scoreDeletions(List<Alinea> olds, Map<String, List<Alinea>> newByArticle,
                                       ParagraphAligner.Result result, Map<TruthKind, int[]> confusion) {
        Set<Integer> predictedDeleted = new HashSet<>(result.deletedOldIndexes());
        for (int i = 0; i < olds.size(); i++) {
            Alinea old = olds.get(i);
            List<Alinea> sameArticle = newByArticle.get(old.article());
            boolean actuallyDeleted = sameArticle == null || sameArticle.size() <= old.index()
                    && sameArticle.stream().noneMatch(a -> a.text().equals(old.text()));
            if (predictedDeleted.contains(i)) {
                confusion.get(TruthKind.DELETED)[1]++;
            }
            if (actuallyDeleted) {
                confusion.get(TruthKind.DELETED)[2]++;
                if (predictedDeleted.contains(i)) {
                    confusion.get(TruthKind.DELETED)[0]++;
                }
            }
        }
    }

    private static Set<Integer> truePredecessors(Alinea alinea, List<Alinea> olds,
                                                 Map<String, List<Alinea>> oldByArticle,
                                                 Map<String, List<Alinea>> newByArticle) {
        List<Alinea> before = oldByArticle.get(alinea.article());
        Set<Integer> truth = new HashSet<>();
        if (before == null) {
            return truth;
        }
        for (Alinea candidate : before) {
            if (candidate.text().equals(alinea.text())) {
                truth.add(olds.indexOf(candidate));
                return truth;
            }
        }
        if (before.size() == newByArticle.get(alinea.article()).size()) {
            truth.add(olds.indexOf(before.get(alinea.index())));
            return truth;
        }
        before.forEach(candidate -> truth.add(olds.indexOf(candidate)));
        return truth;
    }

    private static Map<String, List<Alinea>> byArticle(List<Alinea> alineas) {
        Map<String, List<Alinea>> byArticle = new HashMap<>();
        alineas.forEach(a -> byArticle.computeIfAbsent(a.article(), k -> new ArrayList<>()).add(a));
        return byArticle;
    }
}

package org.parley.comparison;

import org.parley.document.DocumentService;
import org.parley.document.DocumentSummary;
import org.parley.document.DocumentVersion;
import org.parley.document.DocumentNotFoundException;
import org.parley.document.Paragraph;
import org.parley.document.ParagraphTextHtml;
import org.parley.base.WordDiff;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Any two versions of a document the reader may see, aligned by lineage: the predecessor links of every
 * version in between are composed, so a paragraph of version 3 is matched to the paragraph(s) of version 1 it
 * descends from.
 */
@Service
public class ComparisonService {

    private final DocumentService documents;

    ComparisonService(DocumentService documents) {
        this.documents = documents;
    }

    @Transactional(readOnly = true)
    public Comparison compare(String slug, int a, int b) {
        int olderNumber = Math.min(a, b);
        int newerNumber = Math.max(a, b);
        DocumentSummary summary = documents.document(slug);
        DocumentVersion older = visible(summary, olderNumber);
        DocumentVersion newer = visible(summary, newerNumber);
        List<Paragraph> olderParagraphs = documents.allParagraphs(older);
        List<Paragraph> newerParagraphs = documents.allParagraphs(newer);

        Map<Long, Set<Long>> origins = new HashMap<>();
        olderParagraphs.forEach(p -> origins.put(p.id(), Set.of(p.id())));
        for (DocumentVersion step : summary.versions()) {
            if (step.number() <= olderNumber || step.number() > newerNumber) {
                continue;
            }
            Map<Long, List<Long>> predecessors = documents.predecessors(step);
            Map<Long, Set<Long>> next = new HashMap<>();
            for (Map.Entry<Long, List<Long>> entry : predecessors.entrySet()) {
                Set<Long> composed = new LinkedHashSet<>();
                entry.getValue().forEach(id -> composed.addAll(origins.getOrDefault(id, Set.of())));
                next.put(entry.getKey(), composed);
            }
            origins.clear();
            origins.putAll(next);
        }
        return new Comparison(slug, olderNumber, newerNumber, rows(olderParagraphs, newerParagraphs, origins));
    }

    private DocumentVersion visible(DocumentSummary summary, int number) {
        return summary.versions().stream().filter(v -> v.number() == number).findFirst()
                .orElseThrow(DocumentNotFoundException::new);
    }

    private static List<Comparison.Row> rows(List<Paragraph> olderParagraphs, List<Paragraph> newerParagraphs,
                                            Map<Long, Set<Long>> origins) {
        Map<Long, Paragraph> olderById = new HashMap<>();
        Map<Long, Integer> olderPosition = new HashMap<>();
        for (int i = 0; i < olderParagraphs.size(); i++) {
            olderById.put(olderParagraphs.get(i).id(), olderParagraphs.get(i));
            olderPosition.put(olderParagraphs.get(i).id(), i);
        }
        List<List<Paragraph>> sources = new ArrayList<>();
        Map<Long, Integer> carriers = new HashMap<>();
        for (Paragraph p : newerParagraphs) {
            List<Paragraph> from = origins.getOrDefault(p.id(), Set.of()).stream()
                    .sorted(Comparator.comparing(olderPosition::get)).map(olderById::get).toList();
            sources.add(from);
            from.forEach(o -> carriers.merge(o.id(), 1, Integer::sum));
        }
        Set<Integer> moved = moved(sources, carriers, olderPosition);

        List<Comparison.Row> kept = new ArrayList<>();
        Map<Long, Integer> lastRowOf = new HashMap<>();
        for (int i = 0; i < newerParagraphs.size(); i++) {
            Paragraph p = newerParagraphs.get(i);
            List<Paragraph> from = sources.get(i);
            ComparisonMarker marker;
            if (from.isEmpty()) {
                marker = ComparisonMarker.NEW;
            } else if (from.size() > 1) {
                marker = ComparisonMarker.MERGED;
            } else if (carriers.get(from.get(0).id()) > 1) {
                marker = ComparisonMarker.SPLIT;
            } else if (moved.contains(i)) {
                marker = ComparisonMarker.MOVED;
            } else {
                marker = plain(from.get(0)).equals(plain(p)) ? ComparisonMarker.UNCHANGED : ComparisonMarker.EDITED;
            }
            String before = String.join(" ", from.stream().map(ComparisonService::plain).toList());
            kept.add(new Comparison.Row(from.stream().map(ComparisonService::side).toList(), side(p), marker,
                    WordDiff.between(before, plain(p))));
            for (Paragraph o : from) {
                lastRowOf.put(o.id(), i);
            }
        }

        // Deleted paragraphs go after the row carrying the last kept paragraph before them (or first).
        Map<Integer, List<Comparison.Row>> deletedAfter = new HashMap<>();
        int anchorRow = -1;
        for (Paragraph o : olderParagraphs) {
            if (carriers.containsKey(o.id())) {
                anchorRow = lastRowOf.get(o.id());
            } else {
                deletedAfter.computeIfAbsent(anchorRow, k -> new ArrayList<>()).add(new Comparison.Row(
                        List.of(side(o)), null, ComparisonMarker.DELETED, WordDiff.between(plain(o), "")));
            }
        }
        List<Comparison.Row> rows = new ArrayList<>(deletedAfter.getOrDefault(-1, List.of()));
        for (int i = 0; i < kept.size(); i++) {
            rows.add(kept.get(i));
            rows.addAll(deletedAfter.getOrDefault(i, List.of()));
        }
        return rows;
    }

    /**
     * The one-to-one continuations that left their place: those outside a longest run of paragraphs whose older
     * positions keep increasing.
     */
    private static Set<Integer> moved(List<List<Paragraph>> sources, Map<Long, Integer> carriers,
                                      Map<Long, Integer> olderPosition) {
        List<Integer> rows = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            List<Paragraph> from = sources.get(i);
            if (!from.isEmpty()) {
                rows.add(i);
                positions.add(olderPosition.get(from.get(0).id()));
            }
        }
        int n = positions.size();
        int[] tails = new int[n];
        int[] previous = new int[n];
        int length = 0;
        for (int i = 0; i < n; i++) {
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (positions.get(tails[mid]) < positions.get(i)) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            previous[i] = lo > 0 ? tails[lo - 1] : -1;
            tails[lo] = i;
            length = Math.max(length, lo + 1);
        }
        boolean[] inOrder = new boolean[n];
        Arrays.fill(inOrder, false);
        for (int k = length > 0 ? tails[length - 1] : -1; k >= 0; k = previous[k]) {
            inOrder[k] = true;
        }
        Set<Integer> moved = new HashSet<>();
        for (int i = 0; i < n; i++) {
            List<Paragraph> from = sources.get(rows.get(i));
            if (!inOrder[i] && from.size() == 1 && carriers.get(from.get(0).id()) == 1) {
                moved.add(rows.get(i));
            }
        }
        return moved;
    }

    private static Comparison.Side side(Paragraph p) {
        return new Comparison.Side(p.id(), p.number(), plain(p));
    }

    private static String plain(Paragraph p) {
        return ParagraphTextHtml.toPlainText(p.text());
    }
}

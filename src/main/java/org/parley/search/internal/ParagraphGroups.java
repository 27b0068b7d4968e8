package org.parley.search.internal;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One hit per paragraph lineage: the texts found, in rank order, folded so that the same paragraph (same lineage,
 * same language) found in several versions ranks once, where its best version ranked, and is shown in the latest
 * of those versions (the hits are already limited to what the reader may see). Comments are never folded.
 */
final class ParagraphGroups {

    private ParagraphGroups() {
    }

    /** A paragraph found: the document shown, and the documents of the other versions it was found in. */
    record Group(int shown, int shownVersion, List<Integer> others) {
    }

    static List<Group> single(ScoreDoc[] hits) {
        List<Group> groups = new ArrayList<>(hits.length);
        for (ScoreDoc hit : hits) {
            groups.add(new Group(hit.doc, 0, List.of()));
        }
        return groups;
    }

    static List<Group> of(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
        Object[] keys = new Object[hits.length];
        int[] numbers = new int[hits.length];
        readKeysAndNumbers(searcher, hits, keys, numbers);
        Map<Object, Builder> byParagraph = new LinkedHashMap<>();
        for (int i = 0; i < hits.length; i++) {
            byParagraph.computeIfAbsent(keys[i], k -> new Builder()).add(hits[i].doc, numbers[i]);
        }
        List<Group> groups = new ArrayList<>(byParagraph.size());
        for (Builder builder : byParagraph.values()) {
            groups.add(builder.build());
        }
        return groups;
    }

    /**
     * Each hit's paragraph key and version number, read in document order with one doc-values iterator per segment:
     * a fresh iterator per hit cost a quarter of a search's time over HTTP (JFR).
     */
    private static void readKeysAndNumbers(IndexSearcher searcher, ScoreDoc[] hits, Object[] keys, int[] numbers)
            throws IOException {
        Integer[] byDoc = new Integer[hits.length];
        for (int i = 0; i < hits.length; i++) {
            byDoc[i] = i;
        }
        Arrays.sort(byDoc, Comparator.comparingInt(i -> hits[i].doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = null;
        BinaryDocValues paragraph = null;
        NumericDocValues version = null;
        for (int i : byDoc) {
            int doc = hits[i].doc;
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                paragraph = DocValues.getBinary(leaf.reader(), IndexSchema.SAME_PARAGRAPH);
                version = DocValues.getNumeric(leaf.reader(), IndexSchema.VERSION_NUMBER);
            }
            int local = doc - leaf.docBase;
            numbers[i] = version.advanceExact(local) ? (int) version.longValue() : 0;
            keys[i] = paragraph.advanceExact(local) ? paragraph.binaryValue().utf8ToString()
                    : Integer.valueOf(doc);
        }
    }

    private static final class Builder {
        private int shown = -1;
        private int shownVersion = Integer.MIN_VALUE;
        private final List<Integer> docs = new ArrayList<>(2);

        void add(int doc, int version) {
            if (version > shownVersion) {
                shown = doc;
                shownVersion = version;
            }
            docs.add(doc);
        }

        Group build() {
            return new Group(shown, shownVersion, docs.stream().filter(d -> d != shown).toList());
        }
    }
}

package org.parley.search.internal;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Marks the words of a query in the texts of one results page, with the same marks as a stock
 * {@link UnifiedHighlighter}, for less work.
 * <p>
 * The highlighter matches the query against each text again, for each field it marks, building the query's weight
 * anew each time; a query built by {@link QueryParsing} has a clause per field (eight), and matching all of them
 * for every text and field was most of a results page's time at 10^4 texts (profiled). Each field is highlighted
 * here with its own clauses only: clauses on other fields never mark anything in it. And a passage is scored as
 * the stock {@link PassageScorer} does, without the hash table of 32 KB it allocates per passage.
 */
final class PageHighlighter extends UnifiedHighlighter {

    private final IndexSearcher searcher;
    private final Map<Integer, Document> loaded;

    /** {@code loaded}: the texts to highlight, already read with the fields to highlight. */
    PageHighlighter(IndexSearcher searcher, Analyzer analyzer, Map<Integer, Document> loaded) {
        super(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withScorer(new PassageScores())
                .withMaxLength(20_000));
        this.searcher = searcher;
        this.loaded = loaded;
    }

    /** The values the stock highlighter would read (each cut at the maximum length), from the texts already read. */
    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
            throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            Document document = loaded.get(doc);
            if (document == null) {
                document = searcher.storedFields().document(doc, Set.of(fields));
            }
            CharSequence[] ofDoc = new CharSequence[fields.length];
            for (int i = 0; i < fields.length; i++) {
                String value = document.get(fields[i]);
                ofDoc[i] = value == null ? null : value.substring(0, Math.min(getMaxLength(), value.length()));
            }
            values.add(ofDoc);
        }
        return values;
    }

    @Override
    protected FieldHighlighter getFieldHighlighter(String field, Query query, Set<Term> allTerms, int maxPassages) {
        try {
            return super.getFieldHighlighter(field, searcher.rewrite(clausesOn(field, query)), allTerms, maxPassages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The clauses of a disjunction that search only the given field (the query itself when it is not a
     * disjunction of such clauses): what marks words in that field.
     */
    static Query clausesOn(String field, Query query) {
        if (!(query instanceof BooleanQuery bool) || bool.getMinimumNumberShouldMatch() > 0
                || bool.clauses().stream().anyMatch(c -> c.getOccur() != BooleanClause.Occur.SHOULD)) {
            return query;
        }
        BooleanQuery.Builder onField = new BooleanQuery.Builder();
        int kept = 0;
        for (BooleanClause clause : bool.clauses()) {
            Set<String> fields = fieldsOf(clause.getQuery());
            if (fields.equals(Set.of(field))) {
                onField.add(clause);
                kept++;
            } else if (fields.contains(field)) {
                return query;
            }
        }
        return kept == 0 ? new MatchNoDocsQuery() : onField.build();
    }

    /** The fields a query reads. */
    static Set<String> fieldsOf(Query query) {
        Set<String> fields = new HashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                fields.add(field);
                return true;
            }
        });
        return fields;
    }

    /** {@link PassageScorer#score}'s sums, in the same order, over a plain array of the passage's distinct terms. */
    static final class PassageScores extends PassageScorer {

        @Override
        public float score(Passage passage, int contentLength) {
            int matches = passage.getNumMatches();
            BytesRef[] terms = passage.getMatchTerms();
            BytesRef[] distinct = new BytesRef[matches];
            int[] freqsInPassage = new int[matches];
            int[] freqsInDoc = new int[matches];
            int count = 0;
            for (int i = 0; i < matches; i++) {
                int term = 0;
                while (term < count && !distinct[term].bytesEquals(terms[i])) {
                    term++;
                }
                if (term == count) {
                    distinct[count] = terms[i];
                    freqsInDoc[count] = passage.getMatchTermFreqsInDoc()[i];
                    count++;
                }
                freqsInPassage[term]++;
            }
            double score = 0d;
            for (int i = 0; i < count; i++) {
                score += tf(freqsInPassage[i], passage.getLength()) * weight(contentLength, freqsInDoc[i]);
            }
            score *= norm(passage.getStartOffset());
            return (float) score;
        }
    }
}

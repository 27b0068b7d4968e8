package org.parley.search.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.util.StringHelper;
import org.parley.document.ReaderRights;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.parley.base.UserFacingException;
import org.parley.document.Paragraph;
import org.parley.search.FacetCount;
import org.parley.search.HitType;
import org.parley.search.SearchFacet;
import org.parley.search.SearchHit;
import org.parley.search.SearchRequest;
import org.parley.search.SearchResults;
import org.parley.search.SearchSort;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Runs searches against the index: rights filter, drill-down, facets, highlighting, paging; and suggestions. */
public class QueryEngine {

    public static final int MAX_PAGE_SIZE = 50;
    /** Results beyond this rank are not served: nobody pages that far, and deep pages cost memory. */
    public static final int MAX_RANK = 1000;
    private static final int FACET_VALUES = 12;
    private static final float READER_LANGUAGE_BOOST = 0.5f;
    private static final Pattern UP_TO_LAST_SPACE = Pattern.compile("^.*\\s");

    /** The stored fields a hit shows, and the texts the highlighter marks. */
    private static final Set<String> HIT_AND_TEXT_FIELDS = hitAndTextFields();

    private final SearchIndex index;
    private final QueryParsing parsing;

    public QueryEngine(SearchIndex index) {
        this.index = index;
        this.parsing = new QueryParsing(index.analyzer());
    }

    public SearchResults search(SearchRequest request, ReaderRights rights) {
        int pageSize = Math.max(1, Math.min(request.pageSize(), MAX_PAGE_SIZE));
        int page = Math.max(0, request.page());
        QueryParsing.Built typed = parsing.parse(request.query());
        Query query = typed.query();
        String longWords = typed.longWordsLeftOut() ? "search.notice.long-words" : null;
        if (query == null) {
            String notice = request.query() == null || request.query().isBlank() ? "search.notice.empty"
                    : longWords != null ? longWords : "search.notice.no-terms";
            return SearchResults.empty(page, pageSize, notice);
        }
        if ((long) page * pageSize >= MAX_RANK) {
            return SearchResults.empty(page, pageSize, "search.notice.too-deep");
        }
        SearchResults results = run(request, rights, query, page, pageSize, longWords);
        if (results.total() == 0) {
            Query relaxed = parsing.relaxed(request.query());
            if (relaxed != null) {
                SearchResults some = run(request, rights, relaxed, page, pageSize, "search.notice.some-words");
                if (some.total() > 0) {
                    return some;
                }
            }
        }
        return results;
    }

    private SearchResults run(SearchRequest request, ReaderRights rights, Query query, int page, int pageSize,
                              String notice) {
        int end = (page + 1) * pageSize;
        String version = request.filters().get(SearchFacet.VERSION);
        boolean onePerParagraph = version == null || version.isBlank();
        return index.read((searcher, facetState) -> {
            if (facetState == null) {
                return SearchResults.empty(page, pageSize, null);
            }
            DrillDownQuery drillDown = new DrillDownQuery(index.facetsConfig(),
                    withRights(inReaderLanguageFirst(query, request.readerLanguage()), rights));
            request.filters().forEach((facet, value) -> {
                if (value != null && !value.isBlank()) {
                    drillDown.add(facet.dimension(), value);
                }
            });
            DrillSideways sideways = new DrillSideways(searcher, index.facetsConfig(), facetState);
            // the same paragraph in several versions is one hit: fetch more texts than the page shows
            int wanted = onePerParagraph ? Math.min(MAX_RANK * 3, end * 3 + 30) : end;
            DrillSideways.DrillSidewaysResult result;
            List<ParagraphGroups.Group> groups;
            while (true) {
                try {
                    result = request.sort() == SearchSort.DATE
                            ? sideways.search(drillDown, null, null, wanted, dateSort(), true)
                            : sideways.search(drillDown, wanted);
                } catch (IndexSearcher.TooManyClauses tooComplex) {
                    throw new UserFacingException("search.error.too-complex");
                }
                groups = onePerParagraph ? ParagraphGroups.of(searcher, result.hits.scoreDocs)
                        : ParagraphGroups.single(result.hits.scoreDocs);
                boolean complete = result.hits.totalHits.value <= result.hits.scoreDocs.length;
                if (complete || groups.size() >= end || wanted >= MAX_RANK * 3) {
                    break;
                }
                wanted = Math.min(MAX_RANK * 3, wanted * 2);
            }
            long texts = result.hits.totalHits.value;
            // beyond the texts fetched, count each as its own paragraph: an upper bound
            long total = texts - (result.hits.scoreDocs.length - groups.size());
            int from = Math.min(page * pageSize, groups.size());
            List<ParagraphGroups.Group> slice = groups.subList(from, Math.min(end, groups.size()));
            List<SearchHit> hits = hits(searcher, query, slice);
            return new SearchResults(total, hits, facets(searcher, result.facets), page, pageSize, notice);
        });
    }

    /** Texts in the reader's language a little higher: enough to order equals, not to hide better answers. */
    private static Query inReaderLanguageFirst(Query query, String language) {
        if (language == null || !IndexSchema.LANGUAGES.contains(language)) {
            return query;
        }
        return new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                .add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(IndexSchema.LANGUAGE, language))),
                        READER_LANGUAGE_BOOST), BooleanClause.Occur.SHOULD)
                .build();
    }

    /** The number of matching texts only (no facets, no snippets): what a count badge needs. */
    public long count(String typed, ReaderRights rights) {
        Query query = parsing.parse(typed).query();
        if (query == null) {
            return 0;
        }
        return index.read((searcher, facets) -> (long) searcher.count(withRights(query, rights)));
    }

    /** Words of the index starting with what was typed, most frequent first, that the reader may find. */
    public List<String> suggest(String typed, ReaderRights rights, int limit) {
        if (typed == null || typed.strip().length() < 2 || typed.length() > 50) {
            return List.of();
        }
        String last = UP_TO_LAST_SPACE.matcher(typed.strip()).replaceFirst("");
        BytesRef prefix = index.analyzer().normalize(IndexSchema.TEXT, last);
        if (prefix.length < 2) {
            return List.of();
        }
        return index.read((searcher, facets) -> {
            Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), IndexSchema.TEXT);
            if (terms == null) {
                return List.of();
            }
            record Candidate(String term, int docFreq) {
            }
            List<Candidate> candidates = new ArrayList<>();
            TermsEnum iterator = terms.iterator();
            if (iterator.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
                return List.of();
            }
            int scanned = 0;
            do {
                BytesRef term = iterator.term();
                if (!StringHelper.startsWith(term, prefix)) {
                    break;
                }
                candidates.add(new Candidate(term.utf8ToString(), iterator.docFreq()));
            } while (++scanned < 500 && iterator.next() != null);
            List<String> visible = new ArrayList<>();
            for (Candidate c : candidates.stream().sorted(Comparator.comparingInt(Candidate::docFreq).reversed())
                    .limit(limit * 3L).toList()) {
                if (visible.size() < limit
                        && anyMatch(searcher, withRights(new TermQuery(new Term(IndexSchema.TEXT, c.term())), rights))) {
                    visible.add(c.term());
                }
            }
            return visible;
        });
    }

    /**
     * Whether any live text matches, stopping at the first: counting every text of a common word the reader may
     * see took milliseconds per suggestion at 10^6 texts, and only its existence matters.
     */
    private static boolean anyMatch(IndexSearcher searcher, Query query) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live == null || live.get(doc)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<String> hitAndTextFields() {
        Set<String> fields = new HashSet<>(List.of(IndexSchema.TYPE, IndexSchema.ID, IndexSchema.SLUG,
                IndexSchema.TITLE, IndexSchema.VERSION_NUMBER, IndexSchema.PARAGRAPH_NUMBER, IndexSchema.HEADING,
                IndexSchema.LANGUAGE, IndexSchema.ORGANISATION, IndexSchema.COMMENT_KIND, IndexSchema.DISPOSITION,
                IndexSchema.TRANSLATED_FROM, IndexSchema.OUTDATED, IndexSchema.TEXT));
        IndexSchema.LANGUAGES.forEach(language -> fields.add(IndexSchema.textField(language)));
        return Set.copyOf(fields);
    }

    static Query withRights(Query query, ReaderRights rights) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
        if (!rights.readsMembersDocuments()) {
            builder.add(new TermQuery(new Term(IndexSchema.VISIBILITY, "PUBLIC")), BooleanClause.Occur.FILTER);
        }
        if (!rights.readsDrafts()) {
            builder.add(new TermQuery(new Term(IndexSchema.VERSION_STATUS, "DRAFT")), BooleanClause.Occur.MUST_NOT);
        }
        return builder.build();
    }

    private static Sort dateSort() {
        return new Sort(new SortField(IndexSchema.DATE, SortField.Type.LONG, true), SortField.FIELD_SCORE);
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query query, List<ParagraphGroups.Group> slice)
            throws IOException {
        if (slice.isEmpty()) {
            return List.of();
        }
        int[] docIds = new int[slice.size()];
        for (int i = 0; i < slice.size(); i++) {
            docIds[i] = slice.get(i).shown();
        }
        var storedFields = searcher.storedFields();
        List<Document> docs = new ArrayList<>(slice.size());
        Map<Integer, Document> byDocId = new HashMap<>();
        for (int docId : docIds) {
            // one read per text, its words with it: each read of stored fields decompresses a block
            Document doc = storedFields.document(docId, HIT_AND_TEXT_FIELDS);
            docs.add(doc);
            byDocId.put(docId, doc);
        }
        String[] snippets = snippets(new PageHighlighter(searcher, index.analyzer(), byDocId),
                QueryParsing.matchingPart(query), docIds, docs);
        List<SearchHit> hits = new ArrayList<>(slice.size());
        for (int i = 0; i < slice.size(); i++) {
            hits.add(hit(docs.get(i), snippets[i]).withOtherVersions(otherVersions(storedFields, slice.get(i))));
        }
        return hits;
    }

    /**
     * Each text's snippet: from its language's stemmed field when that marks something (plurals, elision), else
     * from the folded field. The folded field is highlighted only for the texts that need it: each field of each
     * text costs the highlighter a match of the query.
     */
    private static String[] snippets(PageHighlighter highlighter, Query matching, int[] docIds, List<Document> docs)
            throws IOException {
        String[] snippets = new String[docIds.length];
        Map<String, List<Integer>> byStemmedField = new LinkedHashMap<>();
        for (int i = 0; i < docIds.length; i++) {
            String language = IndexSchema.languageOrNeutral(docs.get(i).get(IndexSchema.LANGUAGE));
            if (language != null) {
                byStemmedField.computeIfAbsent(IndexSchema.textField(language), f -> new ArrayList<>()).add(i);
            }
        }
        for (Map.Entry<String, List<Integer>> field : byStemmedField.entrySet()) {
            String[] marked = highlight(highlighter, field.getKey(), matching, docIds, field.getValue());
            for (int k = 0; k < marked.length; k++) {
                snippets[field.getValue().get(k)] = marked[k];
            }
        }
        List<Integer> unmarked = new ArrayList<>();
        for (int i = 0; i < snippets.length; i++) {
            if (snippets[i] == null || !snippets[i].contains("<mark>")) {
                unmarked.add(i);
            }
        }
        String[] folded = highlight(highlighter, IndexSchema.TEXT, matching, docIds, unmarked);
        for (int k = 0; k < folded.length; k++) {
            int i = unmarked.get(k);
            snippets[i] = folded[k] != null ? folded[k] : snippets[i] == null ? "" : snippets[i];
        }
        return snippets;
    }

    /** Two passages of one field, for the texts at the given places of the page. */
    private static String[] highlight(PageHighlighter highlighter, String field, Query matching, int[] docIds,
                                      List<Integer> places) throws IOException {
        if (places.isEmpty()) {
            return new String[0];
        }
        int[] some = places.stream().mapToInt(i -> docIds[i]).toArray();
        return highlighter.highlightFields(new String[] {field}, matching, some, new int[] {2}).get(field);
    }

    /** The other versions of a paragraph found, oldest first, each with the paragraph's anchor in it. */
    private static List<SearchHit.OtherVersion> otherVersions(org.apache.lucene.index.StoredFields storedFields,
                                                              ParagraphGroups.Group group) throws IOException {
        if (group.others().isEmpty()) {
            return List.of();
        }
        java.util.Set<String> wanted = java.util.Set.of(IndexSchema.VERSION_NUMBER, IndexSchema.PARAGRAPH_NUMBER);
        java.util.TreeMap<Integer, SearchHit.OtherVersion> byVersion = new java.util.TreeMap<>();
        for (int doc : group.others()) {
            Document other = storedFields.document(doc, wanted);
            int version = other.getField(IndexSchema.VERSION_NUMBER).numericValue().intValue();
            String number = other.get(IndexSchema.PARAGRAPH_NUMBER);
            byVersion.putIfAbsent(version, new SearchHit.OtherVersion(version,
                    number == null ? null : Paragraph.anchorFor(number)));
        }
        return List.copyOf(byVersion.values());
    }

    private static SearchHit hit(Document doc, String snippet) {
        HitType type = HitType.valueOf(doc.get(IndexSchema.TYPE));
        String number = doc.get(IndexSchema.PARAGRAPH_NUMBER);
        return new SearchHit(type, doc.getField(IndexSchema.ID).numericValue().longValue(),
                doc.get(IndexSchema.SLUG), doc.get(IndexSchema.TITLE),
                doc.getField(IndexSchema.VERSION_NUMBER).numericValue().intValue(), number,
                number == null ? null : Paragraph.anchorFor(number), doc.get(IndexSchema.HEADING), snippet,
                doc.get(IndexSchema.LANGUAGE), doc.get(IndexSchema.ORGANISATION), doc.get(IndexSchema.COMMENT_KIND),
                doc.get(IndexSchema.DISPOSITION), doc.get(IndexSchema.TRANSLATED_FROM),
                doc.get(IndexSchema.OUTDATED) != null, List.of());
    }

    private List<FacetCount> facets(IndexSearcher searcher, Facets facets) throws IOException {
        List<FacetCount> counts = new ArrayList<>();
        for (SearchFacet facet : SearchFacet.values()) {
            FacetResult result;
            try {
                result = facets.getTopChildren(FACET_VALUES, facet.dimension());
            } catch (IllegalArgumentException notInIndex) {
                continue;
            }
            if (result == null || result.labelValues.length == 0) {
                continue;
            }
            List<FacetCount.Value> values = new ArrayList<>();
            for (LabelAndValue lv : result.labelValues) {
                String label = facet == SearchFacet.DOCUMENT ? titleOf(searcher, lv.label) : lv.label;
                values.add(new FacetCount.Value(lv.label, label, lv.value.longValue()));
            }
            counts.add(new FacetCount(facet, values));
        }
        return counts;
    }

    private final Map<String, String> titles = new ConcurrentHashMap<>();
    private volatile Object titlesReader;

    /** Document titles for facet labels, cached until the index changes (a renamed document shows its new title). */
    private String titleOf(IndexSearcher searcher, String slug) throws IOException {
        if (titlesReader != searcher.getIndexReader() || titles.size() > 10_000) {
            titles.clear();
            titlesReader = searcher.getIndexReader();
        }
        String cached = titles.get(slug);
        if (cached != null) {
            return cached;
        }
        String title = lookUpTitle(searcher, slug);
        titles.put(slug, title);
        return title;
    }

    private static String lookUpTitle(IndexSearcher searcher, String slug) throws IOException {
        TopDocs top = searcher.search(new TermQuery(new Term(IndexSchema.SLUG, slug)), 1);
        if (top.scoreDocs.length == 0) {
            return slug;
        }
        return searcher.storedFields().document(top.scoreDocs[0].doc).get(IndexSchema.TITLE);
    }


}

package org.parley.search;

import java.util.EnumMap;
import java.util.Map;

/**
 * A query as typed, the facet values chosen (drill-down), the order and the page (0-based).
 * {@code pageSize} is capped by the service. {@code readerLanguage} (the UI language, may be null) ranks texts in
 * that language a little higher without hiding the others; the {@code language} facet, when chosen, filters.
 */
public record SearchRequest(String query, Map<SearchFacet, String> filters, SearchSort sort, int page, int pageSize,
                            String readerLanguage) {

    public SearchRequest {
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        sort = sort == null ? SearchSort.RELEVANCE : sort;
    }

    public SearchRequest(String query, Map<SearchFacet, String> filters, SearchSort sort, int page, int pageSize) {
        this(query, filters, sort, page, pageSize, null);
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, Map.of(), SearchSort.RELEVANCE, 0, 10);
    }

    public SearchRequest withFilter(SearchFacet facet, String value) {
        var copy = new EnumMap<SearchFacet, String>(SearchFacet.class);
        copy.putAll(filters);
        copy.put(facet, value);
        return new SearchRequest(query, copy, sort, page, pageSize, readerLanguage);
    }

    public SearchRequest withPage(int newPage) {
        return new SearchRequest(query, filters, sort, newPage, pageSize, readerLanguage);
    }

    public SearchRequest withSort(SearchSort newSort) {
        return new SearchRequest(query, filters, newSort, page, pageSize, readerLanguage);
    }

    public SearchRequest withReaderLanguage(String language) {
        return new SearchRequest(query, filters, sort, page, pageSize, language);
    }
}

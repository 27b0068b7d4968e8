package org.parley.search;

import java.util.EnumMap;
import java.util.Map;

/**
 * A query as typed, the facet values chosen (drill-down), the order and the page (0-based).
 * {@code pageSize} is capped by the service.
 */
public record SearchRequest(String query, Map<SearchFacet, String> filters, SearchSort sort, int page, int pageSize) {

    public SearchRequest {
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        sort = sort == null ? SearchSort.RELEVANCE : sort;
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, Map.of(), SearchSort.RELEVANCE, 0, 10);
    }

    public SearchRequest withFilter(SearchFacet facet, String value) {
        var copy = new EnumMap<SearchFacet, String>(SearchFacet.class);
        copy.putAll(filters);
        copy.put(facet, value);
        return new SearchRequest(query, copy, sort, page, pageSize);
    }

    public SearchRequest withPage(int newPage) {
        return new SearchRequest(query, filters, sort, newPage, pageSize);
    }

    public SearchRequest withSort(SearchSort newSort) {
        return new SearchRequest(query, filters, newSort, page, pageSize);
    }
}

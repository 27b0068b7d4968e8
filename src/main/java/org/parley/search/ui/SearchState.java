package org.parley.search.ui;

import com.vaadin.flow.router.QueryParameters;
import org.parley.search.SearchFacet;
import org.parley.search.SearchRequest;
import org.parley.search.SearchSort;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The search page's state, read from and written to the URL's query parameters. */
record SearchState(SearchRequest request) {

    static SearchState of(SearchRequest request) {
        return new SearchState(request);
    }

    static SearchState from(QueryParameters parameters, int pageSize) {
        Map<String, List<String>> p = parameters.getParameters();
        Map<SearchFacet, String> filters = new EnumMap<>(SearchFacet.class);
        for (SearchFacet facet : SearchFacet.values()) {
            String value = first(p, facet.dimension());
            if (!value.isBlank()) {
                filters.put(facet, value);
            }
        }
        SearchSort sort = "DATE".equals(first(p, "sort")) ? SearchSort.DATE : SearchSort.RELEVANCE;
        int page;
        try {
            page = Math.max(0, Integer.parseInt(first(p, "page")) - 1);
        } catch (NumberFormatException notANumber) {
            page = 0;
        }
        return new SearchState(new SearchRequest(first(p, "q"), filters, sort, page, pageSize));
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }

    QueryParameters toQueryParameters() {
        Map<String, String> p = new HashMap<>();
        p.put("q", request.query());
        request.filters().forEach((facet, value) -> p.put(facet.dimension(), value));
        if (request.sort() != SearchSort.RELEVANCE) {
            p.put("sort", request.sort().name());
        }
        if (request.page() > 0) {
            p.put("page", Integer.toString(request.page() + 1));
        }
        return QueryParameters.simple(p);
    }

    SearchState withQuery(String query) {
        return new SearchState(new SearchRequest(query == null ? "" : query.strip(), request.filters(),
                request.sort(), 0, request.pageSize()));
    }

    SearchState withFilter(SearchFacet facet, String value) {
        Map<SearchFacet, String> filters = new EnumMap<>(SearchFacet.class);
        filters.putAll(request.filters());
        if (value == null) {
            filters.remove(facet);
        } else {
            filters.put(facet, value);
        }
        return new SearchState(new SearchRequest(request.query(), filters, request.sort(), 0, request.pageSize()));
    }

    SearchState withoutFilters() {
        return new SearchState(new SearchRequest(request.query(), Map.of(), request.sort(), 0, request.pageSize()));
    }

    SearchState withSort(SearchSort sort) {
        return new SearchState(request.withSort(sort).withPage(0));
    }

    SearchState withPage(int page) {
        return new SearchState(request.withPage(Math.max(0, page)));
    }
}

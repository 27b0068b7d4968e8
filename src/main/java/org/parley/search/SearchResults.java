package org.parley.search;

import java.util.List;

/**
 * A page of results. {@code notice} is a message key when the query could not be run as typed (e.g. only
 * stop words, index being built); the results are then empty.
 */
public record SearchResults(long total, List<SearchHit> hits, List<FacetCount> facets, int page, int pageSize,
                            String notice) {

    public static SearchResults empty(int page, int pageSize, String notice) {
        return new SearchResults(0, List.of(), List.of(), page, pageSize, notice);
    }

    public int pageCount() {
        return pageSize == 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, (total + pageSize - 1) / pageSize);
    }
}

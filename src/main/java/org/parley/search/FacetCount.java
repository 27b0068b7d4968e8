package org.parley.search;

import java.util.List;

/** The values of one facet among the results, most frequent first; {@code label} is for display. */
public record FacetCount(SearchFacet facet, List<Value> values) {

    public record Value(String value, String label, long count) {
    }
}

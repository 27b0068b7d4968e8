package org.parley.api;

import org.parley.search.FacetCount;
import org.parley.search.SearchHit;
import org.parley.search.SearchResults;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page of search results. {@code snippet} is HTML: escaped text with {@code <mark>} around matches.
 * {@code link} is the path of the reading view at the paragraph (in the translation's language for a translated
 * paragraph: {@code translatedFrom} is then the language of its source text, {@code outdated} true when that
 * source text changed since it was translated). A paragraph found in several versions is one hit, in the latest
 * version the caller may read; {@code alsoInVersions} lists the other versions it was found in, with their links.
 */
record SearchJson(long total, int page, int pageSize, String notice, List<Hit> hits,
                  Map<String, List<FacetValue>> facets) {

    record Hit(String type, long id, String document, String documentTitle, int version, String paragraph,
               String link, String snippet, String language, String organisation, String commentKind,
               String disposition, String translatedFrom, boolean outdated, List<OtherVersion> alsoInVersions) {
    }

    record OtherVersion(int version, String link) {
    }

    record FacetValue(String value, String label, long count) {
    }

    static SearchJson of(SearchResults results, String notice) {
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        for (FacetCount facet : results.facets()) {
            facets.put(facet.facet().dimension(), facet.values().stream()
                    .map(v -> new FacetValue(v.value(), v.label(), v.count())).toList());
        }
        return new SearchJson(results.total(), results.page(), results.pageSize(), notice,
                results.hits().stream().map(SearchJson::hit).toList(), facets);
    }

    private static Hit hit(SearchHit h) {
        return new Hit(h.type().name().toLowerCase(), h.id(), h.documentSlug(), h.documentTitle(), h.versionNumber(),
                h.paragraphNumber(), "/" + h.readingPath(), h.snippetHtml(), h.language(), h.organisation(),
                h.commentKind(), h.disposition(), h.translatedFrom(), h.outdated(),
                h.otherVersions().stream().map(v -> new OtherVersion(v.versionNumber(), "/" + h.readingPath(v)))
                        .toList());
    }
}

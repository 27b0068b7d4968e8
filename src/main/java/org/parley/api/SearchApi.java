package org.parley.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.parley.base.Messages;
import org.parley.search.SearchFacet;
import org.parley.search.SearchRequest;
import org.parley.search.SearchResults;
import org.parley.search.SearchService;
import org.parley.search.SearchSort;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Search", description = "Full-text search over every version of every document the caller may read")
class SearchApi {

    private final SearchService search;
    private final Messages messages;

    SearchApi(SearchService search, Messages messages) {
        this.search = search;
        this.messages = messages;
    }

    @GetMapping("/search")
    @Operation(operationId = "search",
            summary = "Search paragraphs and comments: words, \"phrases\", -exclusions, OR; facets narrow the results")
    SearchJson search(@RequestParam(value = "q", defaultValue = "") String q,
                      @RequestParam(required = false) String type,
                      @RequestParam(required = false) String document,
                      @RequestParam(required = false) String version,
                      @RequestParam(required = false) String organisation,
                      @RequestParam(required = false) String kind,
                      @RequestParam(required = false) String commentKind,
                      @RequestParam(required = false) String disposition,
                      @RequestParam(required = false) String language,
                      @RequestParam(defaultValue = "RELEVANCE") SearchSort sort,
                      @Valid @ParameterObject PageJson.Request page,
                      HttpServletRequest request) {
        Map<SearchFacet, String> filters = new EnumMap<>(SearchFacet.class);
        put(filters, SearchFacet.TYPE, type);
        put(filters, SearchFacet.DOCUMENT, document);
        put(filters, SearchFacet.VERSION, version);
        put(filters, SearchFacet.ORGANISATION, organisation);
        put(filters, SearchFacet.ORGANISATION_KIND, kind);
        put(filters, SearchFacet.COMMENT_KIND, commentKind);
        put(filters, SearchFacet.DISPOSITION, disposition);
        put(filters, SearchFacet.LANGUAGE, language);
        // the reader's language ranks first: the language asked for, else the one the client prefers
        String readerLanguage = language != null && !language.isBlank() ? language
                : request.getLocale().getLanguage();
        SearchResults results = search.search(new SearchRequest(q, filters, sort, page.pageOrFirst(),
                page.sizeOr(10), readerLanguage));
        String notice = results.notice() == null ? null : messages.get(results.notice(), request.getLocale());
        return SearchJson.of(results, notice);
    }

    @GetMapping("/search/suggestions")
    @Operation(operationId = "searchSuggestions",
            summary = "Words completing the last word typed, for suggestions as you type")
    List<String> suggestions(@RequestParam(value = "q", defaultValue = "") String q) {
        return search.suggest(q);
    }

    private static void put(Map<SearchFacet, String> filters, SearchFacet facet, String value) {
        if (value != null && !value.isBlank()) {
            filters.put(facet, value);
        }
    }
}

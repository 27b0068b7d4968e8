package org.parley.search.internal;

import org.parley.search.HitType;
import org.parley.document.ReaderRights;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.search.SearchFacet;
import org.parley.search.SearchHit;
import org.parley.search.SearchRequest;
import org.parley.search.SearchResults;
import org.parley.search.SearchSort;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The judged queries of {@code search/judged-queries.tsv}: the expected texts come first, the others not at all. */
class RelevanceTest {

    private static SearchIndex index;
    private static QueryEngine engine;

    @BeforeAll
    static void indexFixture() {
        index = SearchFixture.index();
        engine = new QueryEngine(index);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    static Stream<Arguments> judgedQueries() throws IOException {
        try (InputStream in = RelevanceTest.class.getResourceAsStream("/search/judged-queries.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t"))
                    .map(c -> Arguments.of(c[0] + " (" + c[1] + ")", c[2], c[3], c[4], c[5])).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("judgedQueries")
    void expected_texts_come_first(String what, String query, String filters, String first, String absent) {
        SearchResults results = engine.search(new SearchRequest(query, filters(filters), SearchSort.RELEVANCE, 0, 10),
                ReaderRights.MEMBER);
        List<String> ranked = results.hits().stream().map(RelevanceTest::id).toList();
        List<String> expectedFirst = ids(first);
        assertThat(ranked).as("ranking of %s", query).hasSizeGreaterThanOrEqualTo(expectedFirst.size());
        assertThat(ranked.subList(0, expectedFirst.size())).as("first results of %s", query)
                .containsExactlyInAnyOrderElementsOf(expectedFirst);
        if (!ids(absent).isEmpty()) {
            assertThat(ranked).as("results of %s", query).doesNotContainAnyElementsOf(ids(absent));
        }
        assertThat(results.hits().get(0).snippetHtml()).as("snippet of %s", query).contains("<mark>");
    }

    private static String id(SearchHit hit) {
        return (hit.type() == HitType.PARAGRAPH ? "p" : "c") + hit.id();
    }

    private static List<String> ids(String column) {
        return "-".equals(column) ? List.of() : Arrays.asList(column.split(","));
    }

    private static Map<SearchFacet, String> filters(String column) {
        Map<SearchFacet, String> filters = new EnumMap<>(SearchFacet.class);
        if (!"-".equals(column)) {
            for (String pair : column.split(";")) {
                String[] kv = pair.split("=", 2);
                SearchFacet facet = Arrays.stream(SearchFacet.values()).filter(f -> f.dimension().equals(kv[0]))
                        .findFirst().orElseThrow();
                filters.put(facet, kv[1]);
            }
        }
        return filters;
    }
}

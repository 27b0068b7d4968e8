package org.parley.search.internal;

import org.parley.document.ReaderRights;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.base.UserFacingException;
import org.parley.search.FacetCount;
import org.parley.search.HitType;
import org.parley.search.SearchFacet;
import org.parley.search.SearchHit;
import org.parley.search.SearchRequest;
import org.parley.search.SearchResults;
import org.parley.search.SearchSort;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryEngineTest {

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

    private static List<Long> paragraphIds(SearchResults results) {
        return results.hits().stream().filter(h -> h.type() == HitType.PARAGRAPH).map(SearchHit::id).toList();
    }

    @Test
    void anonymous_readers_find_neither_members_documents_nor_drafts() {
        assertThat(paragraphIds(engine.search(SearchRequest.of("logement"), ReaderRights.ANONYMOUS))).isEmpty();
        assertThat(paragraphIds(engine.search(SearchRequest.of("housing"), ReaderRights.ANONYMOUS)))
                .containsExactlyInAnyOrder(101L, 104L);
    }

    @Test
    void members_find_members_documents_but_not_drafts_and_editors_find_drafts() {
        assertThat(paragraphIds(engine.search(SearchRequest.of("logement"), ReaderRights.MEMBER)))
                .contains(201L, 203L);
        assertThat(paragraphIds(engine.search(SearchRequest.of("decent"), ReaderRights.MEMBER))).isEmpty();
        assertThat(paragraphIds(engine.search(SearchRequest.of("decent"), ReaderRights.EDITOR))).containsExactly(105L);
    }

    @Test
    void a_hit_says_where_it_is_and_marks_the_words_in_escaped_text() {
        SearchResults results = engine.search(SearchRequest.of("urbanisation"), ReaderRights.ANONYMOUS);
        assertThat(results.total()).isEqualTo(1);
        SearchHit hit = results.hits().get(0);
        assertThat(hit.documentSlug()).isEqualTo("migrants-paper");
        assertThat(hit.versionNumber()).isEqualTo(1);
        assertThat(hit.paragraphNumber()).isEqualTo("4");
        assertThat(hit.anchor()).isEqualTo("p-4");
        assertThat(hit.snippetHtml()).contains("<mark>urbanisation</mark>").contains("&lt;script&gt;")
                .doesNotContain("<script>");
    }

    @Test
    void facets_count_the_results_and_drill_down_narrows_them() {
        SearchResults all = engine.search(SearchRequest.of("migrantes"), ReaderRights.MEMBER);
        FacetCount documents = all.facets().stream().filter(f -> f.facet() == SearchFacet.DOCUMENT).findFirst()
                .orElseThrow();
        assertThat(documents.values()).extracting(FacetCount.Value::value)
                .contains("migrants-paper", "note-c2c", "propuestas-madrid");
        assertThat(documents.values()).filteredOn(v -> v.value().equals("note-c2c"))
                .extracting(FacetCount.Value::label).containsExactly("Profils migratoires et dialogue ville-à-ville");
        long inNote = documents.values().stream().filter(v -> v.value().equals("note-c2c")).findFirst().orElseThrow()
                .count();

        SearchResults narrowed = engine.search(SearchRequest.of("migrantes").withFilter(SearchFacet.DOCUMENT,
                "note-c2c"), ReaderRights.MEMBER);
        assertThat(narrowed.total()).isEqualTo(inNote);
        assertThat(narrowed.hits()).allMatch(h -> h.documentSlug().equals("note-c2c"));
        assertThat(narrowed.facets()).filteredOn(f -> f.facet() == SearchFacet.LANGUAGE)
                .flatExtracting(FacetCount::values).extracting(FacetCount.Value::value).containsExactly("fr");
    }

    @Test
    void sort_by_date_puts_the_newest_first() {
        SearchResults results = engine.search(SearchRequest.of("migrantes").withSort(SearchSort.DATE)
                .withFilter(SearchFacet.TYPE, "paragraph"), ReaderRights.MEMBER);
        assertThat(paragraphIds(results)).startsWith(301L).endsWith(201L);
    }

    @Test
    void paging_splits_results_and_a_page_out_of_range_is_empty() {
        SearchRequest request = new SearchRequest("migrantes", Map.of(), SearchSort.RELEVANCE, 0, 2);
        SearchResults first = engine.search(request, ReaderRights.MEMBER);
        SearchResults second = engine.search(request.withPage(1), ReaderRights.MEMBER);
        assertThat(first.hits()).hasSize(2);
        assertThat(second.hits()).isNotEmpty().doesNotContainAnyElementsOf(first.hits());
        assertThat(first.pageCount()).isGreaterThan(1);
        assertThat(engine.search(request.withPage(50), ReaderRights.MEMBER).hits()).isEmpty();
        assertThat(engine.search(request.withPage(5000), ReaderRights.MEMBER).hits()).isEmpty();
        assertThat(engine.search(request.withPage(-3), ReaderRights.MEMBER).page()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "the", "the of and", "le la les", "*", "**", "?", "-housing", "\"", "((", ")", "|",
            "+", "\"\"", "-"})
    void unusable_queries_give_a_notice_and_no_results(String query) {
        SearchResults results = engine.search(SearchRequest.of(query), ReaderRights.MEMBER);
        assertThat(results.hits()).isEmpty();
        assertThat(results.notice()).isIn("search.notice.empty", "search.notice.no-terms");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"affordable housing", "(housing", "housing)", "housing OR", "OR housing", "housing -",
            "housing*", "housing\\", "\"housing\" \"", "housing~", "housing?"})
    void unbalanced_or_odd_syntax_still_searches(String query) {
        SearchResults results = engine.search(SearchRequest.of(query), ReaderRights.MEMBER);
        assertThat(paragraphIds(results)).contains(101L);
    }

    @Test
    void a_query_over_the_length_limit_is_refused_with_a_message() {
        assertThatThrownBy(() -> engine.search(SearchRequest.of("logement ".repeat(600)), ReaderRights.MEMBER))
                .isInstanceOf(UserFacingException.class).hasMessageStartingWith("search.error.too-long");
        assertThatThrownBy(() -> engine.search(SearchRequest.of("a b ".repeat(30)), ReaderRights.MEMBER))
                .isInstanceOf(UserFacingException.class).hasMessageStartingWith("search.error.too-many-words");
    }

    @Test
    void or_and_not_typed_as_words_become_operators_outside_quotes() {
        assertThat(QueryParsing.operatorsAsSymbols("red OR barrios")).isEqualTo("red | barrios");
        assertThat(QueryParsing.operatorsAsSymbols("housing NOT markets")).isEqualTo("housing -markets");
        assertThat(QueryParsing.operatorsAsSymbols("\"war OR peace\" OR x")).isEqualTo("\"war OR peace\" | x");
        assertThat(QueryParsing.operatorsAsSymbols("ORGANISATION")).isEqualTo("ORGANISATION");
    }

    @Test
    void suggestions_complete_the_last_word_from_texts_the_reader_may_find() {
        assertThat(engine.suggest("affordable hous", ReaderRights.MEMBER, 8)).contains("housing");
        assertThat(engine.suggest("loge", ReaderRights.MEMBER, 8)).contains("logement");
        assertThat(engine.suggest("loge", ReaderRights.ANONYMOUS, 8)).doesNotContain("logement");
        assertThat(engine.suggest("x", ReaderRights.MEMBER, 8)).isEmpty();
    }

    @Test
    void count_only_counts_what_the_reader_may_find() {
        assertThat(engine.count("housing", ReaderRights.ANONYMOUS)).isEqualTo(3);
        assertThat(engine.count("housing", ReaderRights.EDITOR)).isEqualTo(4);
    }
}

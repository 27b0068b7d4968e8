package org.parley.api;

import org.parley.document.DocumentVersion;
import org.parley.translation.TranslationService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.document.Visibility;
import org.parley.search.SearchRequest;
import org.parley.search.SearchService;
import org.parley.security.GlobalRole;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ParleyTest
@AutoConfigureMockMvc
class SearchApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    SearchService search;

    private DocumentVersion housing;

    @BeforeEach
    void indexedPaper() throws InterruptedException {
        data.reset();
        data.signIn(data.person(GlobalRole.ADMIN));
        search.reindex();
        data.signOut();
        housing = data.openDocument("housing-paper", Visibility.PUBLIC,
                "# Housing\n\n1. Cities provide affordable housing.\n\n2. Housing for refugees.\n").latest();
        data.openDocument("members-only", Visibility.MEMBERS, "1. Housing in members' cities.\n");
        data.signIn(data.person(GlobalRole.READER));
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (search.search(SearchRequest.of("housing")).total() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        data.signOut();
    }

    @Test
    void search_returns_hits_with_snippets_and_facets_for_anonymous_callers() throws Exception {
        mvc.perform(get("/api/v1/search").param("q", "affordable housing"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.hits", hasSize(1)))
                .andExpect(jsonPath("$.hits[0].type").value("paragraph"))
                .andExpect(jsonPath("$.hits[0].document").value("housing-paper"))
                .andExpect(jsonPath("$.hits[0].version").value(1))
                .andExpect(jsonPath("$.hits[0].paragraph").value("1"))
                .andExpect(jsonPath("$.hits[0].link").value("/documents/housing-paper/v/1#p-1"))
                .andExpect(jsonPath("$.hits[0].snippet").value(containsString("<mark>affordable</mark>")))
                .andExpect(jsonPath("$.facets.document[0].value").value("housing-paper"))
                .andExpect(jsonPath("$.facets.document[0].count").value(1));
    }

    @Autowired
    TranslationService translations;

    @Test
    void a_translated_paragraph_says_its_languages_and_links_to_the_reading_view_in_its_language() throws Exception {
        data.signIn(data.person(GlobalRole.EDITOR));
        translations.translate(housing, "1", "fr", "Les villes offrent des logements abordables.", null);
        data.signOut();
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (search.search(SearchRequest.of("abordables")).total() < 1 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        mvc.perform(get("/api/v1/search").param("q", "abordables"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.hits[0].type").value("paragraph"))
                .andExpect(jsonPath("$.hits[0].language").value("fr"))
                .andExpect(jsonPath("$.hits[0].translatedFrom").value("en"))
                .andExpect(jsonPath("$.hits[0].outdated").value(false))
                .andExpect(jsonPath("$.hits[0].link").value("/documents/housing-paper/v/1?lang=fr#p-1"))
                .andExpect(jsonPath("$.hits[0].snippet").value(containsString("<mark>abordables</mark>")));
    }

    @Test
    void filters_narrow_and_restricted_documents_stay_hidden() throws Exception {
        mvc.perform(get("/api/v1/search").param("q", "housing"))
                .andExpect(jsonPath("$.total").value(2));
        mvc.perform(get("/api/v1/search").param("q", "housing").param("document", "members-only"))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/search").param("q", "housing").param("language", "en").param("page", "99"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.hits", hasSize(0)));
    }

    /** Input that is not a query: 200 with no hits (and a notice where a word was refused), never an error. */
    @ParameterizedTest
    @ValueSource(strings = {"the of and", "le la les des", "?!…", "\u0301", "'", "’", "\"\"", "« »",
            "cities المدينة villes город 城市"})
    void input_that_is_not_a_query_gets_an_empty_answer_or_a_notice_over_http(String typed) throws Exception {
        mvc.perform(get("/api/v1/search").param("q", typed).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits", hasSize(0)));
        mvc.perform(get("/api/v1/search/suggestions").param("q", typed))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void five_hundred_letters_are_searched_and_find_nothing_and_five_hundred_and_one_are_refused() throws Exception {
        mvc.perform(get("/api/v1/search").param("q", "a".repeat(500)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/search").param("q", "x".repeat(499) + "\u0301"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/search").param("q", "a".repeat(501)).header("Accept-Language", "es"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("search.error.too-long"));
        mvc.perform(get("/api/v1/search/suggestions").param("q", "a".repeat(500)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void only_common_words_and_only_punctuation_get_a_notice_in_the_callers_language() throws Exception {
        mvc.perform(get("/api/v1/search").param("q", "le la les des").header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.notice").isNotEmpty());
        mvc.perform(get("/api/v1/search").param("q", "?!…").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.notice").isNotEmpty());
    }

    @Test
    void bad_queries_get_a_notice_or_a_problem_in_the_callers_language() throws Exception {
        mvc.perform(get("/api/v1/search").param("q", "the").header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.notice").value(containsString("trop courants")));
        mvc.perform(get("/api/v1/search").param("q", "x".repeat(5000)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("search.error.too-long"))
                .andExpect(jsonPath("$.detail").value(containsString("500")));
        mvc.perform(get("/api/v1/search").param("q", "housing").param("sort", "SIDEWAYS"))
                .andExpect(status().isBadRequest());
    }
}

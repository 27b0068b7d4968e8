package org.parley.search.internal;

import org.parley.document.ReaderRights;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.search.SearchFacet;
import org.parley.search.SearchHit;
import org.parley.search.SearchRequest;
import org.parley.search.SearchResults;

import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What people type against the text as it was written: Unicode forms and typography, common words of other
 * languages, phrases, one hit per paragraph, and input that is not a query at all.
 */
class QueryTextTest {

    private static final UUID SAME_PARAGRAPH = UUID.randomUUID();
    private static SearchIndex index;
    private static QueryEngine engine;

    @BeforeAll
    static void indexTexts() {
        index = new SearchIndex(new ByteBuffersDirectory());
        add(1, 1, "fr", null, Normalizer.normalize("Parvenir à l’égalité des sexes et autonomiser toutes les femmes",
                Normalizer.Form.NFD));
        add(2, 1, "fr", null, "Le projet est mis en œuvre au cœur des villes\u00a0méditerranéennes.");
        add(3, 1, "es", null, Normalizer.normalize("Lograr la igualdad de género y empoderar a las mujeres y las niñas",
                Normalizer.Form.NFD));
        add(4, 1, "en", null, "The right to the city means that all inhabitants can shape the city.");
        add(5, 1, "en", null, "Cities have the right to plan; the region decides who may build in the city.");
        add(6, 1, "ar", null, "المدينة بيتٌ لجميع سكانها، أيًّا كانت أصولهم");
        add(7, 1, "en", null, "The encyclopædia of the role of cities.");
        add(8, 1, "fr", null, "La commune a ouvert un centre d’accueil.");
        add(11, 1, "en", SAME_PARAGRAPH, "Local governments coordinate integration policies.");
        add(12, 2, "en", SAME_PARAGRAPH, "Local governments coordinate integration policies.");
        add(13, 3, "en", SAME_PARAGRAPH, "Local governments coordinate integration policies with the state.");
        index.commit("1");
        engine = new QueryEngine(index);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static void add(long id, int version, String language, UUID lineage, String text) {
        index.add(new LuceneDocuments().paragraph(new IndexedParagraph(id, 1, "paper", "Paper", "PUBLIC",
                version * 10L, version, "OPEN_FOR_COMMENTS", language,
                OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), Long.toString(id), (int) id,
                lineage == null ? UUID.randomUUID() : lineage, null, text)));
    }

    private static List<Long> found(String query) {
        return engine.search(SearchRequest.of(query), ReaderRights.MEMBER).hits().stream().map(SearchHit::id).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"l'égalité des sexes", "l’égalité des sexes", "egalite des sexes", "L\u2018EGALITE",
            "le\u0301galite\u0301 des sexes", "l\u02bcégalité"})
    void composed_and_decomposed_accents_and_every_apostrophe_find_the_same_text(String typed) {
        assertThat(found(typed)).first().isEqualTo(1L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"coeur", "cœur", "oeuvre", "œuvre", "villes méditerranéennes", "encyclopaedia",
            "encyclopædia"})
    void ligatures_and_non_breaking_spaces_match_what_is_typed(String typed) {
        assertThat(found(typed)).isNotEmpty().first().isIn(2L, 7L);
    }

    @ParameterizedTest
    @CsvSource({"las mujeres y las niñas,3", "la igualdad de genero,3", "the role of cities,7",
            "les femmes,1", "سكانها,6", "اصولهم,6", "أصولهم,6", "المـدينة,6", "ايا,6"})
    void common_words_of_any_language_are_not_required_and_arabic_variants_match(String typed, long expected) {
        assertThat(found(typed)).as(typed).contains(expected);
    }

    @Test
    void an_exact_phrase_ranks_above_the_same_words_scattered() {
        assertThat(found("the right to the city")).containsSubsequence(4L, 5L);
        assertThat(found("\"the right to the city\"")).containsExactly(4L);
    }

    @Test
    void the_same_paragraph_in_three_versions_is_one_hit_in_its_latest_version_unless_a_version_is_asked_for() {
        SearchResults results = engine.search(SearchRequest.of("integration policies"), ReaderRights.MEMBER);
        assertThat(results.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.versionNumber()).isEqualTo(3);
            assertThat(hit.otherVersions()).extracting(SearchHit.OtherVersion::versionNumber).containsExactly(1, 2);
            assertThat(hit.readingPath(hit.otherVersions().get(0))).isEqualTo("documents/paper/v/1#p-11");
        });
        assertThat(results.total()).isEqualTo(1);
        SearchResults second = engine.search(SearchRequest.of("integration policies")
                .withFilter(SearchFacet.VERSION, "2"), ReaderRights.MEMBER);
        assertThat(second.hits()).extracting(SearchHit::id).containsExactly(12L);
    }

    @Test
    void the_readers_language_ranks_first_without_hiding_the_others() {
        List<String> languages = engine.search(SearchRequest.of("cities OR villes").withReaderLanguage("fr"),
                ReaderRights.MEMBER).hits().stream().map(SearchHit::language).toList();
        assertThat(languages).first().isEqualTo("fr");
        assertThat(languages).contains("en");
    }

    @Test
    void when_no_text_has_every_word_the_texts_with_most_of_them_come_with_a_notice() {
        SearchResults results = engine.search(SearchRequest.of("governments coordinate housing"), ReaderRights.MEMBER);
        assertThat(results.notice()).isEqualTo("search.notice.some-words");
        assertThat(results.hits()).extracting(SearchHit::id).containsExactly(13L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"the of and", "le la les des", "?!…", "\u0301", "'", "’", "- -", "\"\"", "OR", "NOT",
            "« »", "\u00a0\u2009"})
    void a_query_of_only_common_words_or_symbols_gets_a_notice_not_an_error(String typed) {
        SearchResults results = engine.search(SearchRequest.of(typed), ReaderRights.MEMBER);
        assertThat(results.hits()).isEmpty();
        assertThat(results.notice()).isIn("search.notice.no-terms", "search.notice.empty");
    }

    @Test
    void a_word_longer_than_any_word_is_left_out_with_a_notice_and_the_other_words_are_searched() {
        // searched, 500 times "a" became the French verb "a" (the French stemmer folds repeated letters)
        SearchResults alone = engine.search(SearchRequest.of("a".repeat(500)), ReaderRights.MEMBER);
        assertThat(alone.hits()).isEmpty();
        assertThat(alone.notice()).isEqualTo("search.notice.long-words");

        SearchResults withAWord = engine.search(SearchRequest.of("commune " + "a".repeat(300)), ReaderRights.MEMBER);
        assertThat(withAWord.hits()).extracting(SearchHit::id).containsExactly(8L);
        assertThat(withAWord.notice()).isEqualTo("search.notice.long-words");

        SearchResults excluded = engine.search(SearchRequest.of("centre -" + "a".repeat(300)), ReaderRights.MEMBER);
        assertThat(excluded.hits()).extracting(SearchHit::id).containsExactly(8L);

        String longestWord = "b".repeat(QueryParsing.MAX_WORD_LENGTH);
        assertThat(engine.search(SearchRequest.of(longestWord), ReaderRights.MEMBER).notice()).isNull();
    }

    @Test
    void five_hundred_letters_and_mixed_scripts_give_an_empty_result_not_an_error() {
        assertThat(engine.search(SearchRequest.of("a".repeat(500)), ReaderRights.MEMBER).hits()).isEmpty();
        assertThat(engine.search(SearchRequest.of("cities المدينة villes город 城市"), ReaderRights.MEMBER).notice())
                .isIn(null, "search.notice.some-words");
        assertThat(engine.search(SearchRequest.of("x".repeat(499) + "\u0301"), ReaderRights.MEMBER).hits()).isEmpty();
    }
}

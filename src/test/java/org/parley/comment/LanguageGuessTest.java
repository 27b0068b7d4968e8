package org.parley.comment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageGuessTest {

    @Test
    void french_comment_is_french() {
        assertThat(LanguageGuess.guess("Nous proposons que les villes soient consultées sur le budget des "
                + "services.", "en")).isEqualTo("fr");
    }

    @Test
    void spanish_comment_is_spanish() {
        assertThat(LanguageGuess.guess("Proponemos que las ciudades sean consultadas por el gobierno sobre los "
                + "servicios.", "en")).isEqualTo("es");
    }

    @Test
    void english_comment_is_english() {
        assertThat(LanguageGuess.guess("We think that the regions should fund this with the cities.", "fr"))
                .isEqualTo("en");
    }

    @Test
    void arabic_script_is_arabic_even_with_latin_acronyms() {
        assertThat(LanguageGuess.guess("نقترح أن تستشار المدن بشأن ميزانية الخدمات UCLG", "en")).isEqualTo("ar");
    }

    @Test
    void without_clues_the_document_language_is_kept() {
        assertThat(LanguageGuess.guess("OK!", "es")).isEqualTo("es");
        assertThat(LanguageGuess.guess("2030", "fr")).isEqualTo("fr");
        assertThat(LanguageGuess.guess("Agenda 2030 SDG 11", "en")).isEqualTo("en");
    }

    @Test
    void words_shared_by_french_and_spanish_alone_do_not_decide() {
        // "la", "de", "que" are both French and Spanish: a tie must not pick one at random.
        assertThat(LanguageGuess.guess("la ciudad de Paris que", "en")).isEqualTo("en");
        assertThat(LanguageGuess.guess("la ville de Paris que", "fr")).isEqualTo("fr");
    }
}

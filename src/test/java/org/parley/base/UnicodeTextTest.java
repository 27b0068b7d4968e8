package org.parley.base;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnicodeTextTest {

    @Test
    void decomposed_accents_become_composed_characters() {
        assertThat(UnicodeText.nfc("e\u0301galite\u0301 nin\u0303as")).isEqualTo("\u00e9galit\u00e9 ni\u00f1as");
    }

    @Test
    void text_already_in_nfc_is_returned_as_it_is_and_null_stays_null() {
        String composed = "l’égalité des sexes, cœur, المدينة";
        assertThat(UnicodeText.nfc(composed)).isSameAs(composed);
        assertThat(UnicodeText.nfc(null)).isNull();
    }

    @Test
    void nothing_but_the_normal_form_changes() {
        // apostrophes, ligatures and non-breaking spaces are the analysers' business, not the stored text's
        assertThat(UnicodeText.nfc("l’\u0153uvre\u00a0!")).isEqualTo("l’\u0153uvre\u00a0!");
    }
}

package org.parley.drafting;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DraftNumberingTest {

    @Test
    void a_draft_numbered_one_to_n_is_renumbered_one_to_n() {
        assertThat(DraftNumbering.sequential(List.of("1", "2", "3"))).isTrue();
        assertThat(DraftNumbering.sequential(List.of("1", "3"))).isFalse();
        assertThat(DraftNumbering.number(List.of("1", "#new", "2", "3"), List.of(false, true, false, false), true))
                .containsExactly("1", "2", "3", "4");
    }

    @Test
    void other_numbers_stay_and_a_new_paragraph_takes_the_first_free_letter_after_its_predecessor() {
        assertThat(DraftNumbering.number(List.of("III.4", "#new", "III.5"), List.of(false, true, false), false))
                .containsExactly("III.4", "III.4a", "III.5");
        assertThat(DraftNumbering.number(List.of("12", "12a", "#new", "13"), List.of(false, false, true, false),
                false)).containsExactly("12", "12a", "12b", "13");
        assertThat(DraftNumbering.number(List.of("Article 5", "#new"), List.of(false, true), false))
                .containsExactly("Article 5", "Article 5a");
        assertThat(DraftNumbering.number(List.of("7", "5", "6"), List.of(false, false, false), false))
                .containsExactly("7", "5", "6");
    }
}

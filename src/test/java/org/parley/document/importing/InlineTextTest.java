package org.parley.document.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InlineTextTest {

    private final InlineText text = new InlineText();

    @Test
    void adjacent_runs_with_the_same_format_merge_instead_of_emitting_four_asterisks() {
        text.append("a", true, false);
        text.append("b", true, false);
        text.append(" ", true, false);
        text.append("c", true, false);

        assertThat(text.toMarkup()).isEqualTo("**ab c**");
    }

    @Test
    void spaces_move_outside_the_markers_and_collapse() {
        text.append("  Lead  ", false, false);
        text.append(" bold ", true, false);
        text.append("\tend\n", false, false);

        assertThat(text.toMarkup()).isEqualTo("Lead **bold** end");
    }

    @Test
    void bold_italic_nests_and_closes_in_order() {
        text.append("b", true, false);
        text.append("bi", true, true);
        text.append(" plain", false, false);

        assertThat(text.toMarkup()).isEqualTo("**b*bi*** plain");
    }

    @Test
    void whitespace_only_formatted_run_emits_no_markers() {
        text.append("a ", false, false);
        text.append("  ", true, true);
        text.append("b", false, false);

        assertThat(text.toMarkup()).isEqualTo("a b");
    }

    @Test
    void literal_markup_characters_are_escaped() {
        text.append("5 * 3_x `c` \\", false, false);

        assertThat(text.toMarkup()).isEqualTo("5 \\* 3\\_x \\`c\\` \\\\");
    }
}

package org.parley.base.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BidiTextTest {

    private static final String QUOTE = "مرحبا بكم في المدينة";

    @Test
    void an_arabic_quotation_in_french_is_isolated_without_its_guillemets() {
        String text = "Le maire a dit « " + QUOTE + " » hier.";

        assertThat(BidiText.runs(text, false)).containsExactly(
                new BidiText.Run("Le maire a dit « ", false),
                new BidiText.Run(QUOTE, true),
                new BidiText.Run(" » hier.", false));
    }

    @Test
    void a_text_that_opens_with_the_quotation_keeps_the_direction_of_its_language() {
        String text = "« " + QUOTE + " », said the mayor of Tunis in his speech.";

        assertThat(BidiText.rightToLeft(text, null)).as("most letters are Latin").isFalse();
        assertThat(BidiText.rightToLeft(text, "ar")).as("the language decides when known").isTrue();
        assertThat(BidiText.rightToLeft(QUOTE + " (UCLG)", null)).isTrue();
        assertThat(BidiText.rightToLeft(QUOTE + " (UCLG)", "und")).as("undetermined is unknown").isTrue();
    }

    @Test
    void an_english_name_inside_arabic_is_isolated() {
        String text = "قالت UCLG Africa إن";

        assertThat(BidiText.runs(text, true)).containsExactly(
                new BidiText.Run("قالت ", false),
                new BidiText.Run("UCLG Africa", true),
                new BidiText.Run(" إن", false));
    }

    @Test
    void text_in_one_direction_is_one_run() {
        assertThat(BidiText.runs("Local governments, 2025.", false))
                .containsExactly(new BidiText.Run("Local governments, 2025.", false));
        assertThat(BidiText.runs("", false)).isEmpty();
    }

    @Test
    void snippet_html_keeps_its_marks_and_isolates_each_run() {
        String html = "the mayor said « <mark>" + QUOTE + "</mark> » and left";

        assertThat(BidiText.isolateHtml(html, false))
                .isEqualTo("the mayor said « <mark><bdi>" + QUOTE + "</bdi></mark> » and left");
    }

    @Test
    void snippet_html_escapes_text_as_it_was_escaped() {
        assertThat(BidiText.isolateHtml("a &lt;b&gt; « " + QUOTE + " »", false))
                .isEqualTo("a &lt;b&gt; « <bdi>" + QUOTE + "</bdi> »");
    }
}

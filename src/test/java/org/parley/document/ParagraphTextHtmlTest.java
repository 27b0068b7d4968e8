package org.parley.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParagraphTextHtmlTest {

    @Test
    void bold_and_italic_become_strong_and_em() {
        assertThat(ParagraphTextHtml.toHtml("A **bold** and *italic* word."))
                .isEqualTo("A <strong>bold</strong> and <em>italic</em> word.");
    }

    @Test
    void lead_in_and_bullet_lines_become_a_list() {
        assertThat(ParagraphTextHtml.toHtml("CGLU vise à:\n- **Sensibiliser** les autorités ;\n- Démontrer."))
                .isEqualTo("CGLU vise à:<ul><li><strong>Sensibiliser</strong> les autorités ;</li><li>Démontrer.</li></ul>");
    }

    @Test
    void script_tags_and_entities_are_escaped() {
        assertThat(ParagraphTextHtml.toHtml("<script>alert('x')</script> & \"q\""))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
        assertThat(ParagraphTextHtml.toHtml("- <img src=x onerror=alert(1)>"))
                .isEqualTo("<ul><li>&lt;img src=x onerror=alert(1)&gt;</li></ul>");
    }

    @Test
    void links_images_headings_and_code_never_produce_other_tags() {
        String html = ParagraphTextHtml.toHtml("# Not a heading [link](javascript:alert(1)) ![i](x.png) `code`\n> quote");

        assertThat(html).isEqualTo("# Not a heading link code &gt; quote");
    }

    @Test
    void a_line_starting_with_a_year_stays_text() {
        assertThat(ParagraphTextHtml.toHtml("2015. A year to remember.")).isEqualTo("2015. A year to remember.");
    }

    @Test
    void escaped_asterisks_render_as_literal_asterisks() {
        assertThat(ParagraphTextHtml.toHtml("5 \\* 3 \\*not italic\\*")).isEqualTo("5 * 3 *not italic*");
    }

    @Test
    void plain_text_drops_markup_and_keeps_items_on_their_own_lines() {
        assertThat(ParagraphTextHtml.toPlainText("Aims **are**:\n- *one*;\n- two."))
                .isEqualTo("Aims are:\none;\ntwo.");
        assertThat(ParagraphTextHtml.toPlainText("5 \\* 3")).isEqualTo("5 * 3");
    }

    @Test
    void blank_input_gives_empty_output() {
        assertThat(ParagraphTextHtml.toHtml(" ")).isEmpty();
        assertThat(ParagraphTextHtml.toPlainText(null)).isEmpty();
    }
}

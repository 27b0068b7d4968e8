package org.parley.document.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MarkdownImportTest {

    private final DocumentParser parser = new DocumentParser(1024 * 1024);

    private ParsedDocument parse(String markdown) {
        return parser.parse("paper.md", markdown.getBytes(StandardCharsets.UTF_8));
    }

    private static String numbersOf(ParsedDocument doc) {
        return String.join(" ", doc.paragraphs().stream().map(ParsedParagraph::number).toList());
    }

    @Test
    void first_level_one_heading_is_the_title_when_other_headings_follow() {
        ParsedDocument doc = parse("# The paper\n\n## I. Scope\n\nText.\n");

        assertThat(doc.title()).isEqualTo("The paper");
        assertThat(doc.sections()).containsExactly(new ParsedSection(0, null, 2, "I", "Scope"));
        assertThat(doc.paragraphs()).containsExactly(new ParsedParagraph(0, "I.1", "Text."));
    }

    @Test
    void single_level_one_heading_is_a_section_not_the_title() {
        ParsedDocument doc = parse("# Only heading\n\nText.\n");

        assertThat(doc.title()).isNull();
        assertThat(doc.sections()).extracting(ParsedSection::heading).containsExactly("Only heading");
    }

    @Test
    void heading_levels_build_the_hierarchy_from_the_nearest_lower_level() {
        ParsedDocument doc = parse("""
                # Paper
                # 1. Context
                text a
                ## 1.1 Cities
                text b
                ### 1.1.1 Ports
                text c
                ## 1.2 Regions
                text d

                Setext two
                ----------
                text e
                """);

        assertThat(doc.sections()).extracting(ParsedSection::parentIndex).containsExactly(null, 0, 1, 0, 0);
        assertThat(doc.sections()).extracting(ParsedSection::number).containsExactly("1", "1.1", "1.1.1", "1.2", null);
        assertThat(doc.sections()).extracting(ParsedSection::heading)
                .containsExactly("Context", "Cities", "Ports", "Regions", "Setext two");
        assertThat(numbersOf(doc)).isEqualTo("1.1 1.1.1 1.1.1.1 1.2.1 P1");
    }

    @Test
    void roman_letter_and_arabic_heading_numbers_are_split_off() {
        ParsedDocument doc = parse("# Paper\n\n## IV - Health\n\nx\n\n### A. To cities\n\ny\n\n## 2) Two\n\nz\n\n## 2030 Agenda\n\nw\n");

        assertThat(doc.sections()).extracting(ParsedSection::number).containsExactly("IV", "A", "2", null);
        assertThat(doc.sections()).extracting(ParsedSection::heading)
                .containsExactly("Health", "To cities", "Two", "2030 Agenda");
    }

    @Test
    void article_headings_keep_their_full_text_and_split_the_number() {
        ParsedDocument doc = parse("# Code\n\n## Article 9-1\n\nA.\n\n## Artículo 5\n\nB.\n\n## Art. 3\n\nC.\n");

        assertThat(doc.sections()).extracting(ParsedSection::number).containsExactly("9-1", "5", "3");
        assertThat(doc.sections()).extracting(ParsedSection::heading).containsExactly("Article 9-1", "Artículo 5", "Art. 3");
        assertThat(numbersOf(doc)).isEqualTo("9-1.1 5.1 3.1");
    }

    @Test
    void ordered_list_items_keep_their_source_numbers_including_the_start_number() {
        ParsedDocument doc = parse("Intro.\n\n12. Twelve\n13. Thirteen\n\n7) Seven\n");

        assertThat(numbersOf(doc)).isEqualTo("P1 12 13 7");
        assertThat(doc.paragraphs().get(1).text()).isEqualTo("Twelve");
    }

    @Test
    void typed_letter_items_after_a_numbered_paragraph_are_prefixed_with_its_number() {
        ParsedDocument doc = parse("4. The parties shall\n\n(a) cooperate;\n\n(b) report.\n\nAside.\n\n(c) Alone.\n");

        assertThat(numbersOf(doc)).isEqualTo("4 4(a) 4(b) P1 (c)");
        assertThat(doc.paragraphs().get(1).text()).isEqualTo("cooperate;");
    }

    @Test
    void roman_dot_arabic_and_roman_letter_markers_number_the_paragraph() {
        ParsedDocument doc = parse("III.4 Some text.\n\n(iv) Other text.\n\nPlain.\n\n(iv) Again.\n");

        assertThat(numbersOf(doc)).isEqualTo("III.4 III.4(iv) P1 (iv)");
        assertThat(doc.paragraphs().get(0).text()).isEqualTo("Some text.");
    }

    @Test
    void bullets_after_colon_belong_to_the_numbered_paragraph() {
        ParsedDocument doc = parse("3. The aims are:\n\n- first\n- second *aim*\n\nNext.\n");

        assertThat(doc.paragraphs()).extracting(ParsedParagraph::text)
                .containsExactly("The aims are:\n- first\n- second *aim*", "Next.");
        assertThat(numbersOf(doc)).isEqualTo("3 P1");
    }

    @Test
    void bullets_after_an_unnumbered_paragraph_are_separate_paragraphs() {
        ParsedDocument doc = parse("## II. Role\n\nThe roles are:\n\n- one\n- two\n");

        assertThat(doc.paragraphs()).extracting(ParsedParagraph::text).containsExactly("The roles are:", "one", "two");
        assertThat(numbersOf(doc)).isEqualTo("II.1 II.2 II.3");
    }

    @Test
    void nested_lists_flatten_into_bullet_lines() {
        ParsedDocument doc = parse("1. Lead:\n   - a\n     - a1\n   - b\n2. Next\n");

        assertThat(doc.paragraphs()).extracting(ParsedParagraph::text).containsExactly("Lead:\n- a\n- a1\n- b", "Next");
    }

    @Test
    void lower_case_block_after_an_unfinished_paragraph_continues_it() {
        ParsedDocument doc = parse("It should be\n\npresented later.\n\nDone.\n\nlower case after a full stop.\n");

        assertThat(doc.paragraphs()).extracting(ParsedParagraph::text)
                .containsExactly("It should be presented later.", "Done.", "lower case after a full stop.");
    }

    @Test
    void duplicate_numbers_get_a_suffix() {
        ParsedDocument doc = parse("1. One\n\nText\n\n1. Again\n\nMore\n\n1. Third\n");

        assertThat(numbersOf(doc)).isEqualTo("1 P1 1-2 P2 1-3");
    }

    @Test
    void whitespace_links_images_and_html_are_reduced_to_text() {
        ParsedDocument doc = parse("Some   *text*  with [a link](http://x.org) ![img](i.png) and <b>html</b>\nover two lines.\n");

        assertThat(doc.paragraphs()).extracting(ParsedParagraph::text)
                .containsExactly("Some *text* with a link and html over two lines.");
    }

    @Test
    void literal_asterisks_are_escaped_so_they_do_not_become_markup() {
        ParsedDocument doc = parse("Rate 5 \\* 3 and snake\\_case.\n");

        assertThat(doc.paragraphs().get(0).text()).isEqualTo("Rate 5 \\* 3 and snake\\_case.");
    }

    @Test
    void block_quotes_keep_their_paragraphs_and_code_blocks_are_skipped() {
        ParsedDocument doc = parse("> Quoted text.\n\n```\ncode\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");

        assertThat(doc.paragraphs()).extracting(ParsedParagraph::text)
                .containsExactly("Quoted text.", "| a | b | |---|---| | 1 | 2 |");
    }

    @Test
    void odd_markdown_does_not_throw() {
        String odd = ">".repeat(5000) + " deep\n\n" + "- ".repeat(3000) + "x\n\n" + "*".repeat(4000) + "y\n\n"
                + "[".repeat(2000) + "\n\n<div>\n\n#\n\n***\n\n1.\n\n-\n";

        assertThatCode(() -> parse(odd)).doesNotThrowAnyException();
    }

    @Test
    void plain_text_title_and_roman_headings_are_recognised_without_hashes() {
        ParsedDocument doc = parse("A NOTE\n\nIntro.\n\nI. First part\n\nText.\n\nII. This line ends with a period.\n");

        assertThat(doc.title()).isEqualTo("A NOTE");
        assertThat(doc.sections()).containsExactly(new ParsedSection(0, null, 1, "I", "First part"));
        assertThat(numbersOf(doc)).isEqualTo("P1 I.1 I.2");
        assertThat(doc.paragraphs().get(2).text()).isEqualTo("II. This line ends with a period.");
    }
}

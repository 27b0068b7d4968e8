package org.parley.document.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat.BULLET;
import static org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat.DECIMAL;
import static org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat.LOWER_LETTER;
import static org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat.LOWER_ROMAN;
import static org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat.UPPER_ROMAN;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

class DocxImportTest {

    private final DocumentParser parser = new DocumentParser(1024 * 1024);
    private final DocxFixture docx = new DocxFixture();

    private ParsedDocument parse() {
        return parser.parse("paper.docx", docx.bytes());
    }

    private static String numbersOf(ParsedDocument doc) {
        return String.join(" ", doc.paragraphs().stream().map(ParsedParagraph::number).toList());
    }

    @Test
    void word_heading_styles_are_resolved_by_style_name() {
        docx.style("Title", "Title").style("Heading1", "heading 1").style("MyH2", "heading 2");
        docx.paragraph("Title", "Migration profiles");
        docx.paragraph("Heading1", "II. The role");
        docx.paragraph("MyH2", "2.1 Networks");
        docx.paragraph(null, "Body text.");

        ParsedDocument doc = parse();

        assertThat(doc.title()).isEqualTo("Migration profiles");
        assertThat(doc.sections()).containsExactly(
                new ParsedSection(0, null, 1, "II", "The role"),
                new ParsedSection(1, 0, 2, "2.1", "Networks"));
        assertThat(doc.paragraphs()).containsExactly(new ParsedParagraph(1, "2.1.1", "Body text."));
    }

    @Test
    void localised_heading_style_ids_are_recognised_without_a_styles_part_entry() {
        docx.paragraph("Titre1", "Le projet");
        docx.paragraph("Ttulo2", "El proyecto");
        docx.paragraph(null, "Texte.");

        ParsedDocument doc = parse();

        assertThat(doc.sections()).extracting(ParsedSection::level).containsExactly(1, 2);
        assertThat(doc.sections()).extracting(ParsedSection::parentIndex).containsExactly(null, 0);
    }

    @Test
    void numbered_list_paragraphs_show_the_computed_number_with_start_value() {
        BigInteger numId = docx.numbering(new DocxFixture.Level(DECIMAL, "%1.", 12));
        docx.listItem(numId, 0, "Twelve.");
        docx.listItem(numId, 0, "Thirteen.");

        assertThat(numbersOf(parse())).isEqualTo("12 13");
    }

    @Test
    void deeper_levels_restart_after_a_higher_level_item() {
        BigInteger numId = docx.numbering(
                new DocxFixture.Level(DECIMAL, "%1.", 1),
                new DocxFixture.Level(DECIMAL, "%1.%2", 1),
                new DocxFixture.Level(LOWER_LETTER, "(%3)", 1));
        docx.listItem(numId, 0, "One");
        docx.listItem(numId, 1, "One one");
        docx.listItem(numId, 1, "One two");
        docx.listItem(numId, 2, "Letter a");
        docx.listItem(numId, 2, "Letter b");
        docx.listItem(numId, 0, "Two");
        docx.listItem(numId, 1, "Two one");

        assertThat(numbersOf(parse())).isEqualTo("1 1.1 1.2 1.2(a) 1.2(b) 2 2.1");
    }

    @Test
    void roman_and_letter_formats_follow_num_fmt() {
        BigInteger roman = docx.numbering(new DocxFixture.Level(UPPER_ROMAN, "%1.", 3));
        BigInteger small = docx.numbering(new DocxFixture.Level(LOWER_ROMAN, "(%1)", 1));
        docx.listItem(roman, 0, "Third");
        docx.listItem(roman, 0, "Fourth");
        docx.paragraph(null, "Break.");
        docx.listItem(small, 0, "i");
        docx.listItem(small, 0, "ii");

        assertThat(numbersOf(parse())).isEqualTo("III IV P1 (i) (ii)");
    }

    @Test
    void bullet_numbering_after_a_numbered_lead_in_belongs_to_it() {
        BigInteger numbers = docx.numbering(new DocxFixture.Level(DECIMAL, "%1.", 5));
        BigInteger bullets = docx.numbering(new DocxFixture.Level(BULLET, "•", 1));
        docx.listItem(numbers, 0, "CGLU aims to:");
        docx.listItem(bullets, 0, "raise awareness;");
        docx.listItem(bullets, 0, "promote learning.");
        docx.paragraph(null, "After.");
        docx.listItem(bullets, 0, "Loose bullet.");

        ParsedDocument doc = parse();

        assertThat(doc.paragraphs()).extracting(ParsedParagraph::text)
                .containsExactly("CGLU aims to:\n- raise awareness;\n- promote learning.", "After.", "Loose bullet.");
        assertThat(numbersOf(doc)).isEqualTo("5 P1 P2");
    }

    @Test
    void typed_numbers_in_the_text_number_the_paragraph() {
        docx.paragraph(null, "12. Typed twelve.");
        docx.paragraph(null, "(a) typed letter.");

        ParsedDocument doc = parse();

        assertThat(numbersOf(doc)).isEqualTo("12 12(a)");
        assertThat(doc.paragraphs()).extracting(ParsedParagraph::text).containsExactly("Typed twelve.", "typed letter.");
    }

    @Test
    void bold_and_italic_runs_become_markup_and_adjacent_runs_merge() {
        docx.paragraph(null, "Start ", "**bold**", "**er**", " and ", "*it*", "*alic*", " end.");
        docx.paragraph(null, "**Spaced **", "plain");

        ParsedDocument doc = parse();

        assertThat(doc.paragraphs()).extracting(ParsedParagraph::text)
                .containsExactly("Start **bolder** and *italic* end.", "**Spaced** plain");
        assertThat(doc.paragraphs()).allSatisfy(p -> assertThat(p.text()).doesNotContain("****"));
    }

    @Test
    void empty_paragraphs_are_skipped_and_table_cells_become_paragraphs() {
        docx.paragraph(null, "First.");
        docx.paragraph(null, "   ");
        docx.paragraph(null);
        XWPFTable table = docx.document().createTable(1, 2);
        table.getRow(0).getCell(0).setText("Cell one.");
        table.getRow(0).getCell(1).setText("Cell two.");

        assertThat(parse().paragraphs()).extracting(ParsedParagraph::text)
                .containsExactly("First.", "Cell one.", "Cell two.");
    }

    @Test
    void headings_numbered_through_a_list_definition_get_that_number() {
        docx.style("Heading1", "heading 1");
        BigInteger numId = docx.numbering(new DocxFixture.Level(UPPER_ROMAN, "%1.", 1));
        docx.listItem(numId, 0, "Le projet").setStyle("Heading1");
        docx.paragraph(null, "Texte.");
        docx.listItem(numId, 0, "Le rôle").setStyle("Heading1");
        docx.paragraph(null, "Texte.");

        ParsedDocument doc = parse();

        assertThat(doc.sections()).extracting(ParsedSection::number).containsExactly("I", "II");
        assertThat(doc.sections()).extracting(ParsedSection::heading).containsExactly("Le projet", "Le rôle");
        assertThat(numbersOf(doc)).isEqualTo("I.1 II.1");
    }
}

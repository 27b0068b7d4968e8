package org.parley.export;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.base.UserFacingException;
import org.parley.document.DocumentService;
import org.parley.document.DocumentVersion;
import org.parley.document.Paragraph;
import org.parley.document.Section;
import org.parley.document.VersionStatus;
import org.parley.document.Visibility;
import org.parley.drafting.RevisionService;
import org.parley.security.GlobalRole;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.parley.translation.AlignmentMethod;
import org.parley.translation.ProposedTranslation;
import org.parley.translation.TranslatedParagraph;
import org.parley.translation.TranslationProposal;
import org.parley.translation.TranslationService;
import org.springframework.beans.factory.annotation.Autowired;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parley.export.ExportServiceTest.bytes;
import static org.parley.export.ExportServiceTest.pdfText;

/**
 * Exports in a translation language: translated headings and paragraphs under Parley's numbers, the source text
 * standing in (marked) where a paragraph is not translated, outdated translations marked, labels in the export
 * language.
 */
@ParleyTest
class TranslatedExportTest {

    private static final String SOURCE = """
            # Paper

            ## I. Housing

            1. Access to adequate housing is the foundation of every other dimension of inclusion.

            2. Municipal housing policies rarely target migrants explicitly, and they need not do so.

            ## II. Health

            3. Health is both a fundamental right and a matter of public interest for the whole city.

            4. Mental health deserves particular attention after long and dangerous journeys.
            """;

    private static final String[] FRENCH = {
            "L'accès à un logement convenable est le fondement de toute autre dimension de l'inclusion.",
            "Les politiques municipales du logement ciblent rarement les migrants de manière explicite.",
            "La santé est à la fois un droit fondamental et une question d'intérêt public pour toute la ville."};

    @Autowired
    TestData data;
    @Autowired
    ExportService exports;
    @Autowired
    TranslationService translations;
    @Autowired
    DocumentService documents;
    @Autowired
    RevisionService revisions;

    private DocumentVersion first;

    /** Version 1 in English with paragraphs 1 to 3 and both headings translated into French, paragraph 4 not. */
    @BeforeEach
    void setUp() {
        data.reset();
        first = data.openDocument("paper", Visibility.PUBLIC, SOURCE).latest();
        data.signIn(data.person(GlobalRole.EDITOR));
        List<Paragraph> paragraphs = data.paragraphs(first);
        List<Section> sections = documents.sections(first);
        translations.accept(first, "fr", List.of(
                        new TranslatedParagraph(paragraphs.get(0).id(), FRENCH[0]),
                        new TranslatedParagraph(paragraphs.get(1).id(), FRENCH[1]),
                        new TranslatedParagraph(paragraphs.get(2).id(), FRENCH[2])),
                List.of(new TranslatedParagraph(sections.get(0).id(), "Logement"),
                        new TranslatedParagraph(sections.get(1).id(), "Santé")));
    }

    /** Version 2, where the source of paragraph 2 changed after it was translated: its translation is outdated. */
    private void secondVersionWithParagraphTwoRewritten() {
        data.schedule(first, VersionStatus.CLOSED, null, null);
        var proposal = revisions.proposeRevision("paper", "v2.md", SOURCE.replace(
                "rarely target migrants explicitly", "seldom name migrants explicitly").getBytes(StandardCharsets.UTF_8));
        revisions.acceptProposal(proposal.importId(), List.of());
    }

    @Test
    void french_pdf_has_translated_headings_and_paragraphs_in_order_with_missing_and_outdated_marked()
            throws IOException {
        secondVersionWithParagraphTwoRewritten();

        Export export = exports.version("paper", 2, "pdf", "fr", Locale.ENGLISH);
        byte[] pdf = bytes(export);

        assertThat(export.fileName()).isEqualTo("paper-v2-fr.pdf");
        String text = pdfText(pdf);
        // labels in French although the reader's locale is English
        assertThat(text).contains("Version 2", "Brouillon", "Sommaire", "Page 3 / 3",
                "Traduction en français de l'original en anglais",
                "4 paragraphes. Non traduits (texte source affiché, signalés) : 1.", "(signalés) : 1.");
        assertThat(text).doesNotContain("Contents", "Access to adequate housing", "rarely target", "seldom name");
        assertThat(text).containsSubsequence("Sommaire", "I. Logement", "II. Santé",
                "I. Logement", "1", "L'accès à un logement convenable est le fondement",
                "2", "Les politiques municipales du logement ciblent",
                "Traduction à mettre à jour : le paragraphe source a changé depuis",
                "II. Santé", "3", "La santé est à la fois un droit fondamental",
                "4", "Mental health deserves particular attention", "Non traduit : texte source");
        assertThat(count(text, "Traduction à mettre à jour : le paragraphe")).as("only paragraph 2").isEqualTo(1);
        assertThat(count(text, "Non traduit : texte source")).as("only paragraph 4").isEqualTo(1);

        render(pdf, "paper-v2-fr");
    }

    /** Pages to look at: target/translated-export/{name}-page{n}.png. */
    private static void render(byte[] pdf, String name) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Path dir = Files.createDirectories(Path.of("target", "translated-export"));
            for (int page = 0; page < doc.getNumberOfPages(); page++) {
                ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(page, 80, ImageType.RGB), "png",
                        dir.resolve(name + "-page" + (page + 1) + ".png").toFile());
            }
        }
    }

    @Test
    void french_docx_has_translated_heading_styles_and_numbered_paragraphs_with_marks_and_comments()
            throws IOException {
        secondVersionWithParagraphTwoRewritten();

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(
                bytes(exports.version("paper", 2, "docx", "fr", Locale.ENGLISH))))) {
            List<XWPFParagraph> paragraphs = doc.getParagraphs();
            assertThat(paragraphs).filteredOn(p -> "Heading2".equals(p.getStyle())).extracting(XWPFParagraph::getText)
                    .containsExactly("I. Logement", "II. Santé");
            assertThat(paragraphs).extracting(XWPFParagraph::getText).containsSubsequence(
                    "I. Logement", "1.\t" + FRENCH[0], "2.\t" + FRENCH[1], "II. Santé", "3.\t" + FRENCH[2],
                    "4.\tMental health deserves particular attention after long and dangerous journeys.");
            XWPFParagraph outdated = paragraph(paragraphs, "2.\t");
            XWPFParagraph missing = paragraph(paragraphs, "4.\t");
            assertThat(outdated.getStyle()).isEqualTo("ParleyTranslationOutdated");
            assertThat(missing.getStyle()).isEqualTo("ParleyNotTranslated");
            assertThat(paragraph(paragraphs, "1.\t").getStyle()).isNull();
            assertThat(paragraph(paragraphs, "3.\t").getStyle()).isNull();
            assertThat(doc.getStyles().getStyle("ParleyNotTranslated").getName())
                    .isEqualTo("Non traduit : texte source");
            assertThat(Arrays.stream(doc.getComments()).map(XWPFComment::getText)).containsExactly(
                    "Traduction à mettre à jour : le paragraphe source a changé depuis",
                    "Non traduit : texte source");
            assertThat(doc.getHeaderList().get(0).getText()).contains("Brouillon",
                    "Traduction en français de l'original en anglais", "4 paragraphes. Non traduits",
                    "signalés) : 1. Traduction à mettre à jour (signalés) : 1.");
        }
    }

    @Test
    void french_markdown_has_the_translation_and_marks_in_comments_the_importer_skips() throws IOException {
        String md = new String(bytes(exports.version("paper", 1, "md", "fr", Locale.ENGLISH)),
                StandardCharsets.UTF_8);

        assertThat(md).containsSubsequence("## I. Logement", "1. " + FRENCH[0], "2. " + FRENCH[1], "## II. Santé",
                "3. " + FRENCH[2], "4. Mental health deserves", "<!-- Non traduit : texte source -->");
        assertThat(documents.parse("fr.md", md.getBytes(StandardCharsets.UTF_8)).paragraphs())
                .extracting(p -> p.number()).containsExactly("1", "2", "3", "4");
    }

    @Test
    void a_french_docx_imported_back_as_the_french_translation_aligns_every_paragraph_by_number()
            throws IOException {
        byte[] docx = bytes(exports.version("paper", 1, "docx", "fr", Locale.ENGLISH));

        TranslationProposal proposal = translations.propose(first, "fr", "paper-v1-fr.docx", docx);

        assertThat(proposal.method()).isEqualTo(AlignmentMethod.NUMBERS);
        assertThat(proposal.unplaced()).isEmpty();
        assertThat(proposal.paragraphs()).allSatisfy(row -> {
            assertThat(row.translatedNumber()).isEqualTo(row.number());
            assertThat(row.uncertain()).as("paragraph %s", row.number()).isFalse();
        });
        // the Word comment marking paragraph 4 is not part of its text
        assertThat(proposal.paragraphs()).extracting(ProposedTranslation::proposedText)
                .containsExactly(FRENCH[0], FRENCH[1], FRENCH[2],
                        "Mental health deserves particular attention after long and dangerous journeys.");
        assertThat(proposal.headings()).extracting(h -> h.proposedHeading()).containsExactly("Logement", "Santé");
    }

    @Test
    void an_arabic_translation_reads_right_to_left_with_labels_in_the_readers_language() throws IOException {
        Paragraph one = data.paragraphs(first).get(0);
        String arabic = "الحصول على سكن لائق هو أساس كل أبعاد الإدماج الأخرى.";
        translations.accept(first, "ar", List.of(new TranslatedParagraph(one.id(), arabic)), List.of());

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(
                bytes(exports.version("paper", 1, "docx", "ar", Locale.FRENCH))))) {
            XWPFParagraph translated = paragraph(doc.getParagraphs(), "1.\t");
            assertThat(translated.getText()).isEqualTo("1.\t" + arabic);
            assertThat(translated.getCTP().getPPr().isSetBidi()).as("right to left").isTrue();
            assertThat(paragraph(doc.getParagraphs(), "2.\t").getCTP().getPPr().isSetBidi())
                    .as("the English source standing in reads left to right").isFalse();
            assertThat(doc.getHeaderList().get(0).getText()).contains("Traduction en arabe de l'original en anglais");
        }
        byte[] pdf = bytes(exports.version("paper", 1, "pdf", "ar", Locale.forLanguageTag("es")));
        assertThat(pdfText(pdf)).contains(arabic, "Traducción al árabe del original en inglés", "Índice");
        render(pdf, "paper-v1-ar");
    }

    @Test
    void a_language_without_any_translation_is_refused_clearly() {
        assertThatThrownBy(() -> exports.version("paper", 1, "pdf", "es", Locale.ENGLISH))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("export.error.no-translation");
                    assertThat(e.arguments()).containsExactly("es");
                });
        assertThatThrownBy(() -> exports.version("paper", 1, "docx", "de", Locale.ENGLISH))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("export.error.language"));
    }

    @Test
    void the_source_language_asked_for_by_name_gets_its_labels_in_that_language() throws IOException {
        String text = pdfText(bytes(exports.version("paper", 1, "pdf", "en", Locale.FRENCH)));

        assertThat(text).contains("Contents", "Access to adequate housing").doesNotContain("Sommaire", "Traduction",
                "Non traduit");
    }

    private static XWPFParagraph paragraph(List<XWPFParagraph> paragraphs, String start) {
        return paragraphs.stream().filter(p -> p.getText().startsWith(start)).findFirst().orElseThrow();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}

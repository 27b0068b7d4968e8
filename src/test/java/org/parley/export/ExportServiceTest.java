package org.parley.export;

import org.parley.document.ChangeKind;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.base.UserFacingException;
import org.parley.document.DocumentNotFoundException;
import org.parley.document.DocumentService;
import org.parley.document.DocumentSummary;
import org.parley.document.Paragraph;
import org.parley.document.ParagraphOrigin;
import org.parley.document.Visibility;
import org.parley.document.importing.ParsedDocument;
import org.parley.drafting.RevisionService;
import org.parley.security.GlobalRole;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ParleyTest
class ExportServiceTest {

    static final String PAPER = """
            # Cities and migration

            This draft is submitted for consultation to the members.

            ## I. Housing

            1. Access to adequate housing is the **foundation** of every other dimension of inclusion.

            2. Les villes doivent garantir l'accès au logement, à l'école et à la santé pour tous les résidents.

            3. Local governments should act on three fronts:
                - clear, multilingual information on available services;
                - interpretation and *intercultural* mediation in health centres.

            ## II. Health

            4. La salud es un derecho fundamental y una cuestión de interés público para toda la ciudad.

            5. المدن مسؤولة عن إدماج المهاجرين في الحياة المحلية.

            6. Mental health deserves particular attention after long and dangerous journeys.
            """;

    @Autowired
    TestData data;
    @Autowired
    ExportService exports;
    @Autowired
    DocumentService documents;
    @Autowired
    RevisionService revisions;

    @BeforeEach
    void setUp() {
        data.reset();
        data.openDocument("paper", Visibility.PUBLIC, PAPER);
    }

    static byte[] bytes(Export export) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.body().writeTo(out);
        return out.toByteArray();
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return Normalizer.normalize(stripper.getText(doc), Normalizer.Form.NFKC);
        }
    }

    @Test
    void pdf_has_cover_contents_headings_and_paragraphs_in_order_with_their_numbers() throws IOException {
        Export export = exports.version("paper", 1, "pdf", null, Locale.ENGLISH);
        byte[] pdf = bytes(export);

        assertThat(export.fileName()).isEqualTo("paper-v1.pdf");
        String text = pdfText(pdf);
        assertThat(text).contains("Document paper", "Version 1 · Draft", "Open for comments", "Contents");
        assertThat(text).containsSubsequence("Contents", "I. Housing", "II. Health",
                "P1", "This draft is submitted", "I. Housing",
                "1", "Access to adequate housing is the foundation",
                "2", "Les villes doivent garantir l'accès au logement, à l'école",
                "3", "Local governments should act on three fronts", "clear, multilingual information",
                "II. Health", "4", "La salud es un derecho fundamental y una cuestión",
                "6", "Mental health deserves particular attention");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).as("cover, contents, text").isEqualTo(3);
            assertThat(doc.getDocumentCatalog().getDocumentOutline()).as("bookmarks").isNotNull();
        }
    }

    @Test
    void arabic_paragraph_text_can_be_extracted_from_the_pdf() throws IOException {
        String text = pdfText(bytes(exports.version("paper", 1, "pdf", "en", Locale.ENGLISH)));

        assertThat(text).contains("المدن مسؤولة عن إدماج المهاجرين في الحياة المحلية");
    }

    @Test
    void docx_uses_heading_styles_and_starts_each_paragraph_with_its_number() throws IOException {
        Export export = exports.version("paper", 1, "docx", null, Locale.FRENCH);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes(export)))) {
            List<XWPFParagraph> paragraphs = doc.getParagraphs();
            assertThat(paragraphs.get(0).getStyle()).isEqualTo("Title");
            assertThat(paragraphs.get(0).getText()).isEqualTo("Document paper");
            // Markdown "##" sections are level 2: Word gets the same level back, so a re-import keeps it
            assertThat(paragraphs).filteredOn(p -> "Heading2".equals(p.getStyle())).extracting(XWPFParagraph::getText)
                    .containsExactly("I. Housing", "II. Health");
            assertThat(doc.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");
            List<String> texts = paragraphs.stream().map(XWPFParagraph::getText).toList();
            assertThat(texts).containsSubsequence("\tThis draft is submitted for consultation to the members.",
                    "1.\tAccess to adequate housing is the foundation of every other dimension of inclusion.",
                    "3.\tLocal governments should act on three fronts:",
                    "clear, multilingual information on available services;",
                    "6.\tMental health deserves particular attention after long and dangerous journeys.");
            assertThat(doc.getHeaderList().get(0).getText()).contains("Version 1", "Ouvert");
        }
    }

    @Test
    void markdown_export_lists_headings_and_numbered_paragraphs() throws IOException {
        String md = new String(bytes(exports.version("paper", 1, "MD", null, Locale.ENGLISH)), StandardCharsets.UTF_8);

        assertThat(md).startsWith("# Document paper\n");
        assertThat(md).containsSubsequence("## I. Housing", "1. Access to adequate housing is the **foundation**",
                "3. Local governments should act on three fronts:\n    - clear, multilingual", "## II. Health",
                "5. المدن مسؤولة");
    }

    @Test
    void docx_round_trip_maps_every_unchanged_paragraph_to_itself() throws IOException {
        data.signIn(data.person(GlobalRole.EDITOR));
        roundTrip("paper", "Mental health deserves particular attention");
    }

    @Test
    void the_markdown_export_reads_back_as_the_same_paragraphs() throws IOException {
        data.signIn(data.person(GlobalRole.EDITOR));
        List<Paragraph> before = documents.allParagraphs(documents.version("paper", 1));
        String md = new String(bytes(exports.version("paper", 1, "md", null, Locale.ENGLISH)), StandardCharsets.UTF_8);
        ParsedDocument parsed = documents.parse("paper.md", md.getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.title()).isEqualTo("Document paper");
        assertThat(parsed.paragraphs()).extracting(p -> p.number() + " " + p.text())
                .containsExactlyElementsOf(before.stream().map(p -> p.number() + " " + p.text()).toList());
    }

    @Test
    void the_demo_paper_survives_a_docx_round_trip() throws IOException {
        String demo = new String(getClass().getResourceAsStream("/demo/uclg-migration-policy-paper.en.md")
                .readAllBytes(), StandardCharsets.UTF_8);
        data.openDocument("demo", Visibility.PUBLIC, demo);
        data.signIn(data.person(GlobalRole.EDITOR));
        roundTrip("demo", "Migration is an urban phenomenon");
    }

    void roundTrip(String slug, String edited) throws IOException {
        new RoundTrip(documents, exports, revisions).check(slug, edited);
    }

    /** Exports version 1 as DOCX, edits one paragraph in it, imports it back as a revision. */
    record RoundTrip(DocumentService documents, ExportService exports, RevisionService revisions) {

        void check(String slug, String edited) throws IOException {
            List<Paragraph> before = documents.allParagraphs(documents.version(slug, 1));
            byte[] docx = bytes(exports.version(slug, 1, "docx", null, Locale.ENGLISH));
            byte[] revised = editParagraph(docx, edited);

            var proposal = revisions.proposeRevision(slug, "revised.docx", revised);

            assertThat(proposal.paragraphs()).hasSameSizeAs(before);
            assertThat(proposal.deletedPredecessorIds()).isEmpty();
            int changed = 0;
            for (int i = 0; i < before.size(); i++) {
                Paragraph old = before.get(i);
                var proposed = proposal.paragraphs().get(i);
                boolean isEdited = old.text().contains(edited);
                changed += isEdited ? 1 : 0;
                assertThat(proposed.number()).as("number of paragraph %s", old.number()).isEqualTo(old.number());
                assertThat(proposed.predecessorIds()).as("paragraph %s", old.number()).containsExactly(old.id());
                assertThat(proposed.change()).as("paragraph %s", old.number()).isEqualTo(isEdited
                        ? ChangeKind.EDITED : ChangeKind.UNCHANGED);
            }
            assertThat(changed).as("the edited paragraph").isEqualTo(1);
        }
    }

    static byte[] editParagraph(byte[] docx, String containing) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph target = doc.getParagraphs().stream().filter(p -> p.getText().contains(containing))
                    .findFirst().orElseThrow();
            target.createRun().setText(" Revised in Word.");
            doc.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void unknown_format_and_language_are_refused_with_clear_messages() {
        assertThatThrownBy(() -> exports.version("paper", 1, "odt", null, Locale.ENGLISH))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("export.error.format"));
        assertThatThrownBy(() -> exports.version("paper", 1, "pdf", "klingon", Locale.ENGLISH))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("export.error.language"));
        assertThatThrownBy(() -> exports.version("paper", 1, "pdf", "fr", Locale.ENGLISH))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("export.error.no-translation"));
        assertThatThrownBy(() -> exports.redline("paper", 1, 1, "md", Locale.ENGLISH))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("export.error.redline-format"));
    }

    @Test
    void an_empty_version_is_refused() {
        data.signIn(data.person(GlobalRole.EDITOR));
        DocumentSummary summary = documents.document("paper");
        documents.addVersion(summary.document().id(), new ParsedDocument(null, List.of(), List.of()),
                List.<ParagraphOrigin>of());

        assertThatThrownBy(() -> exports.version("paper", 2, "docx", null, Locale.ENGLISH))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("export.error.empty"));
    }

    @Test
    void a_draft_cannot_be_exported_by_a_reader_who_cannot_see_it() {
        data.signIn(data.person(GlobalRole.EDITOR));
        revisions.startNextDraft("paper");
        data.signIn(data.person(GlobalRole.CONTRIBUTOR));

        assertThatThrownBy(() -> exports.version("paper", 2, "pdf", null, Locale.ENGLISH))
                .isInstanceOf(DocumentNotFoundException.class);
        assertThatThrownBy(() -> exports.redline("paper", 1, 2, "docx", Locale.ENGLISH))
                .isInstanceOf(DocumentNotFoundException.class);
    }
}

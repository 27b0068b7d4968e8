package org.parley.export;

import org.parley.drafting.RevisionService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.document.DocumentService;
import org.parley.document.NewDocument;
import org.parley.document.Paragraph;
import org.parley.document.VersionStatus;
import org.parley.document.Visibility;
import org.parley.security.GlobalRole;
import org.parley.security.SystemActor;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The largest corpus document: Code civil, livre Ier (about 1,700 paragraphs, 1,000 article headings). */
@ParleyTest
class CodeCivilExportTest {

    static final String CODE_CIVIL = "/corpus/fr-code-civil-versions/livre1-personnes_2015-03-31.md";

    @Autowired
    TestData data;
    @Autowired
    DocumentService documents;
    @Autowired
    ExportService exports;
    @Autowired
    RevisionService revisions;

    @BeforeEach
    void setUp() throws IOException {
        data.reset();
        byte[] content = getClass().getResourceAsStream(CODE_CIVIL).readAllBytes();
        SystemActor.call(() -> {
            var created = documents.importDocument(new NewDocument("code-civil", "Code civil, livre Ier", "fr",
                    Visibility.PUBLIC), "livre1-personnes_2015-03-31.md", content);
            return documents.scheduleVersion(created.latest().id(), "2015", VersionStatus.OPEN_FOR_COMMENTS, null,
                    null);
        });
    }

    @Test
    void the_pdf_of_a_large_code_has_many_pages_and_every_article_in_order() throws IOException {
        List<Paragraph> paragraphs = data.paragraphs(documents.version("code-civil", 1));
        byte[] pdf = ExportServiceTest.bytes(exports.version("code-civil", 1, "pdf", "fr", Locale.FRENCH));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(100);
        }
        String text = ExportServiceTest.pdfText(pdf).replaceAll("\\s+", " ");
        assertThat(text).containsSubsequence("Article 7", "7.1 L'exercice des droits civils", "Article 8",
                "8.1 Tout Français jouira des droits civils.", "Article 9-1", "9-1.1 Chacun a droit au respect");
        Paragraph last = paragraphs.get(paragraphs.size() - 1);
        String lastStart = last.text().substring(0, Math.min(30, last.text().length())).replaceAll("\\s+", " ");
        assertThat(text).contains(last.number() + " " + lastStart);
    }

    @Test
    void the_code_survives_a_docx_round_trip_paragraph_by_paragraph() throws IOException {
        data.signIn(data.person(GlobalRole.EDITOR));
        new ExportServiceTest.RoundTrip(documents, exports, revisions)
                .check("code-civil", "Tout Français jouira des droits civils.");
    }
}

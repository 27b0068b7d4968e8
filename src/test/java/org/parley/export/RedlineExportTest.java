package org.parley.export;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.document.DocumentService;
import org.parley.document.Visibility;
import org.parley.disposition.DispositionService;
import org.parley.drafting.RevisionService;
import org.parley.security.GlobalRole;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

@ParleyTest
class RedlineExportTest {

    private static final String V1 = """
            # Paper

            ## I. Housing

            1. Access to adequate housing is the foundation of inclusion.

            2. Municipal housing policies rarely target migrants explicitly.

            3. Temporary shelters should never become permanent housing.

            ## II. Health

            4. Health is a fundamental right for every resident.
            """;
    private static final String V2 = """
            # Paper

            ## I. Housing

            1. Access to adequate and affordable housing is the foundation of inclusion.

            2. Municipal housing policies rarely target migrants explicitly.

            ## II. Health

            3. Health is a fundamental right for every resident.

            4. Cities should fund interpreters in every public clinic of the metropolitan area.
            """;

    @Autowired
    TestData data;
    @Autowired
    ExportService exports;
    @Autowired
    RevisionService revisions;
    @Autowired
    DispositionService dispositions;
    @Autowired
    DocumentService documents;

    @BeforeEach
    void setUp() {
        data.reset();
        data.openDocument("paper", Visibility.PUBLIC, V1);
        data.signIn(data.person(GlobalRole.EDITOR));
        var proposal = revisions.proposeRevision("paper", "v2.md", V2.getBytes(StandardCharsets.UTF_8));
        var result = revisions.acceptProposal(proposal.importId(), List.of());
        documents.publish(result.version().id(), "Bogotá", null, null, null);
        data.signOut();
    }

    @Test
    void docx_redline_holds_word_tracked_changes_and_both_paragraph_numbers() throws IOException {
        Export export = exports.redline("paper", 1, 2, "docx", Locale.ENGLISH);

        assertThat(export.fileName()).isEqualTo("paper-redline-v1-v2.docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(ExportServiceTest.bytes(export)))) {
            String xml = doc.getDocument().xmlText();
            assertThat(xml).containsPattern("<w:ins [^>]*w:author=\"Parley\"[^>]*>\\s*<w:r>\\s*<w:t[^>]*>and "
                    + "affordable </w:t>");
            assertThat(xml).containsPattern("<w:del [^>]*>\\s*<w:r>\\s*<w:delText[^>]*>Temporary shelters should "
                    + "never become permanent housing.</w:delText>");
            List<String> texts = doc.getParagraphs().stream().map(p -> p.getText()).toList();
            assertThat(texts).anySatisfy(t -> assertThat(t).startsWith("¶ 1 → ¶ 1 · Edited"));
            assertThat(texts).anySatisfy(t -> assertThat(t).startsWith("¶ 2 → ¶ 2\t"));
            assertThat(texts).anySatisfy(t -> assertThat(t).startsWith("¶ 4 → ¶ 3\t"));
            assertThat(texts).anySatisfy(t -> assertThat(t).startsWith("¶ 3 → ¶ — · Deleted"));
            assertThat(texts).anySatisfy(t -> assertThat(t).startsWith("¶ — → ¶ 4 · New"));
        }
    }

    @Test
    void pdf_redline_shows_both_numbers_markers_and_the_changed_words() throws IOException {
        String text = ExportServiceTest.pdfText(ExportServiceTest.bytes(
                exports.redline("paper", 2, 1, "pdf", Locale.FRENCH)));

        assertThat(text).contains("Modifications de la version 1 à la version 2");
        assertThat(text).containsSubsequence("¶ 1 → ¶ 1 · Modifié", "and affordable",
                "¶ 3 → ¶ — · Supprimé", "Temporary shelters", "¶ — → ¶ 4 · Nouveau", "Cities should fund");
    }
}

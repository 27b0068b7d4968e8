package org.parley.export;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.document.DocumentService;
import org.parley.document.DocumentSummary;
import org.parley.document.NewDocument;
import org.parley.document.VersionStatus;
import org.parley.document.Visibility;
import org.parley.security.SystemActor;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

@ParleyTest
class MarkdownExportEscapingTest {

    private static final String TITLE = "Ports <script>alert(1)</script> [link](javascript:x) *now* # & more";
    private static final String LABEL = "v2 --> <img src=x onerror=alert(1)> <!-- --!>";

    @Autowired
    TestData data;
    @Autowired
    DocumentService documents;
    @Autowired
    ExportService exports;

    @BeforeEach
    void setUp() {
        data.reset();
        SystemActor.run(() -> {
            DocumentSummary created = documents.importDocument(new NewDocument("ports", TITLE, "en",
                    Visibility.PUBLIC), "ports.md", "# Ports\n\n## <b>Bold</b> heading\n\nText.\n\n## Two\n\nMore.\n"
                    .getBytes(StandardCharsets.UTF_8));
            documents.scheduleVersion(created.latest().id(), LABEL, VersionStatus.OPEN_FOR_COMMENTS, null, null);
        });
    }

    @Test
    void title_heading_and_version_label_cannot_inject_markup() throws IOException {
        String md = new String(ExportServiceTest.bytes(exports.version("ports", 1, "md", null, Locale.ENGLISH)),
                StandardCharsets.UTF_8);
        String html = HtmlRenderer.builder().build().render(Parser.builder().build().parse(md));

        assertThat(html).doesNotContain("<script", "<img", "<b>", "<a ", "<em>");
        assertThat(md.lines().filter(line -> line.startsWith("<!--")))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).matches("<!-- [^<>]* -->"));
        assertThat(md).contains(LABEL.replace("--", "–").replace('<', '‹').replace('>', '›'));
    }

    @Test
    void the_escaped_title_reads_back_as_typed() throws IOException {
        byte[] md = ExportServiceTest.bytes(exports.version("ports", 1, "md", null, Locale.ENGLISH));

        assertThat(SystemActor.call(() -> documents.parse("ports.md", md)).title()).isEqualTo(TITLE);
    }
}

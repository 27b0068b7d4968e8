package org.parley.document.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class DocumentParserTest {

    private final DocumentParser parser = new DocumentParser(4096);

    private AbstractThrowableAssert<?, ?> rejection(String fileName, byte[] content) {
        return assertThatThrownBy(() -> parser.parse(fileName, content)).isInstanceOf(ImportRejectedException.class);
    }

    private static String key(Throwable t) {
        return ((ImportRejectedException) t).messageKey();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] zip(String entryName, byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entryName));
            zip.write(data);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    @Test
    void empty_and_whitespace_only_files_are_rejected_as_empty() {
        rejection("a.md", new byte[0]).satisfies(t -> assertThat(key(t)).isEqualTo("import.error.empty"));
        rejection("a.txt", utf8(" \n\t\n")).satisfies(t -> assertThat(key(t)).isEqualTo("import.error.empty"));
    }

    @Test
    void too_large_file_reports_size_and_limit_in_kilobytes_rounded_up() {
        byte[] content = utf8("x".repeat(5000));

        rejection("a.md", content).satisfies(t -> {
            assertThat(key(t)).isEqualTo("import.error.too-large");
            assertThat(((ImportRejectedException) t).arguments()).containsExactly(5L, 4L);
        });
    }

    @Test
    void unsupported_extension_is_rejected_with_the_file_name() {
        rejection("paper.pdf", utf8("%PDF-1.7 text")).satisfies(t -> {
            assertThat(key(t)).isEqualTo("import.error.unsupported-format");
            assertThat(((ImportRejectedException) t).arguments()).containsExactly("paper.pdf");
        });
        rejection("paper.doc", utf8("text")).satisfies(t -> assertThat(key(t)).isEqualTo("import.error.unsupported-format"));
    }

    @Test
    void binary_or_invalid_utf8_text_is_unsupported() {
        rejection("a.txt", new byte[] {'a', 0, 'b'})
                .satisfies(t -> assertThat(key(t)).isEqualTo("import.error.unsupported-format"));
        rejection("a.md", new byte[] {'a', (byte) 0xC3, (byte) 0x28})
                .satisfies(t -> assertThat(key(t)).isEqualTo("import.error.unsupported-format"));
    }

    @Test
    void zip_named_docx_without_word_document_is_corrupt() throws IOException {
        rejection("a.docx", zip("hello.txt", utf8("hi")))
                .satisfies(t -> assertThat(key(t)).isEqualTo("import.error.corrupt-docx"));
    }

    @Test
    void zip_without_word_document_and_other_extension_is_unsupported() throws IOException {
        rejection("a.odt", zip("content.xml", utf8("<x/>")))
                .satisfies(t -> assertThat(key(t)).isEqualTo("import.error.unsupported-format"));
    }

    @Test
    void truncated_docx_is_corrupt() {
        byte[] real = docxWith("Hello.");
        byte[] truncated = Arrays.copyOf(real, real.length / 2);

        rejection("a.docx", truncated).satisfies(t -> assertThat(key(t)).isEqualTo("import.error.corrupt-docx"));
    }

    @Test
    void non_zip_content_named_docx_is_corrupt() {
        rejection("a.docx", utf8("not a zip")).satisfies(t -> assertThat(key(t)).isEqualTo("import.error.corrupt-docx"));
    }

    @Test
    void zip_bomb_is_refused_as_corrupt() throws IOException {
        byte[] bomb = zip("word/document.xml", new byte[3 * 1024 * 1024]);
        DocumentParser generous = new DocumentParser(10L * 1024 * 1024);

        assertThatThrownBy(() -> generous.parse("bomb.docx", bomb))
                .isInstanceOf(ImportRejectedException.class)
                .satisfies(t -> assertThat(key(t)).isEqualTo("import.error.corrupt-docx"))
                .cause().hasMessageContaining("Zip bomb");
    }

    @Test
    void docx_content_is_detected_regardless_of_the_file_name() {
        ParsedDocument doc = parser.parse("upload.bin", docxWith("Detected by content."));

        assertThat(doc.paragraphs()).extracting(ParsedParagraph::text).containsExactly("Detected by content.");
    }

    @Test
    void document_with_only_headings_has_no_paragraphs() {
        rejection("a.md", utf8("# One\n\n## Two\n"))
                .satisfies(t -> assertThat(key(t)).isEqualTo("import.error.no-paragraphs"));
        rejection("a.docx", docxWith(" "))
                .satisfies(t -> assertThat(key(t)).isEqualTo("import.error.no-paragraphs"));
    }

    @Test
    void utf8_bom_is_stripped() {
        ParsedDocument doc = parser.parse("a.txt", utf8("\uFEFF1. First"));

        assertThat(doc.paragraphs()).containsExactly(new ParsedParagraph(null, "1", "First"));
    }

    @Test
    void file_without_extension_is_read_as_text() {
        assertThat(parser.parse("README", utf8("Hello.")).paragraphs()).hasSize(1);
    }

    private static byte[] docxWith(String text) {
        DocxFixture fixture = new DocxFixture();
        fixture.paragraph(null, text);
        return fixture.bytes();
    }
}

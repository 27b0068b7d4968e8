package org.parley.document.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Word files written to attack the server: external entities (XXE) and entity expansion are never resolved. */
class HostileDocxTest {

    private final DocumentParser parser = new DocumentParser(10L * 1024 * 1024);

    @Test
    void an_external_entity_never_reads_a_local_file(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "SECRET-XXE-MARKER");
        byte[] docx = withDoctype("<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>", "&xxe;");

        assertThat(outcome(docx)).doesNotContain("SECRET-XXE-MARKER");
    }

    @Test
    void nested_entities_are_not_expanded_a_billion_times() throws IOException {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE w:document [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            doctype.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        byte[] docx = withDoctype(doctype.append("]>").toString(), "&lol9;");

        assertThat(outcome(docx).length()).isLessThan(10_000);
    }

    /** The paragraphs' text, or the refusal's key: never the entity's content. */
    private String outcome(byte[] docx) {
        Throwable refusal = catchThrowable(() -> parser.parse("hostile.docx", docx));
        if (refusal != null) {
            assertThat(refusal).isInstanceOf(ImportRejectedException.class);
            return ((ImportRejectedException) refusal).messageKey();
        }
        return String.join("\n", parser.parse("hostile.docx", docx).paragraphs().stream()
                .map(ParsedParagraph::text).toList());
    }

    /** A real DOCX whose main part gets a DOCTYPE and the given text in place of its one paragraph's text. */
    private static byte[] withDoctype(String doctype, String text) throws IOException {
        DocxFixture fixture = new DocxFixture();
        fixture.paragraph(null, "PLACEHOLDER");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(fixture.bytes()));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] data = in.readAllBytes();
                if (entry.getName().equals("word/document.xml")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    int afterDeclaration = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
                    xml = xml.substring(0, afterDeclaration) + doctype + xml.substring(afterDeclaration)
                            .replace("PLACEHOLDER", text);
                    data = xml.getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(data);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}

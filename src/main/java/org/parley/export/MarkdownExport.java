package org.parley.export;

import org.parley.document.Paragraph;
import org.parley.document.Section;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A version as Markdown: {@code #} title, {@code ##}… headings, each paragraph with its number typed as Parley's
 * Markdown importer reads it, bullet lines indented under their paragraph. Version and status go in an HTML
 * comment, which the importer skips.
 */
final class MarkdownExport {

    private static final Pattern MARKUP = Pattern.compile("[\\\\`*_{}\\[\\]<>#!|~&]");

    private MarkdownExport() {
    }

    static void version(VersionText text, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write("# " + escaped(text.document().title()) + "\n\n");
        w.write(comment(text.labels().versionLine() + " · " + text.labels().status() + " · "
                + text.labels().date()));
        for (String line : text.labels().translation()) {
            w.write(comment(line));
        }
        List<String> prefixes = TypedNumbers.prefixes(text.sections(), text.paragraphs());
        for (VersionText.Block block : text.inReadingOrder()) {
            if (block.heading() != null) {
                heading(w, block.heading());
                continue;
            }
            Paragraph p = text.paragraphs().get(block.index());
            String prefix = prefixes.get(block.index());
            String indent = prefix.isEmpty() ? "" : "    ";
            w.write(prefix + p.text().replace("\n- ", "\n" + indent + "- ") + "\n\n");
            String marker = text.marker(p);
            if (marker != null) {
                w.write(comment(marker));
            }
        }
        w.flush();
    }

    private static void heading(Writer w, Section section) throws IOException {
        w.write("#".repeat(Math.min(Math.max(section.level(), 1), 6)) + " " + escaped(DocxExport.headingText(section))
                + "\n\n");
    }

    /**
     * An HTML comment block, which the Markdown importer skips. Nothing inside can end it early or open markup
     * for a renderer that mis-reads it: no "--", no angle brackets.
     */
    private static String comment(String text) {
        return "<!-- " + oneLine(text).replace("--", "–").replace('<', '‹').replace('>', '›') + " -->\n\n";
    }

    /** Title and headings are people's text: every character Markdown or HTML would act on is escaped. */
    static String escaped(String text) {
        return MARKUP.matcher(oneLine(text)).replaceAll("\\\\$0");
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}

package org.parley.document.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Word documents (.docx) through Apache POI XWPF. */
final class DocxParser {

    private static final Pattern HEADING_NAME = Pattern.compile("heading\\s*([1-9])");
    /** Style ids when the name is missing: English, French ("Titre1") and Spanish ("Ttulo1", accent dropped). */
    private static final Pattern HEADING_ID = Pattern.compile("(?:heading|titre|t[ií]?tulo|berschrift)\\s*([1-9])");
    private static final Pattern TITLE = Pattern.compile("title|titre|t[ií]?tulo");
    private static final int MAX_TABLE_DEPTH = 8;

    static {
        // Zip-bomb guard: POI refuses entries that inflate more than 100x or beyond 100 MB.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
    }

    private record Context(XWPFDocument doc, ListNumbering numbering, DocumentBuilder builder) {
    }

    ParsedDocument parse(byte[] content) throws IOException {
        try (XWPFDocument doc = open(content)) {
            Context context = new Context(doc, new ListNumbering(doc.getNumbering()), new DocumentBuilder());
            for (IBodyElement element : doc.getBodyElements()) {
                element(element, context, 0);
            }
            return context.builder().build();
        }
    }

    /** Opens a package under the zip-bomb guard above; POI's XML parsers refuse DTDs and external entities. */
    static XWPFDocument open(byte[] content) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(content));
    }

    private void element(IBodyElement element, Context context, int depth) {
        if (element instanceof XWPFParagraph paragraph) {
            paragraph(paragraph, context);
        } else if (element instanceof XWPFTable table && depth < MAX_TABLE_DEPTH) {
            context.builder().interruption();
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    cell.getBodyElements().forEach(inner -> element(inner, context, depth + 1));
                }
            }
            context.builder().interruption();
        }
    }

    private void paragraph(XWPFParagraph paragraph, Context context) {
        String text = markup(paragraph);
        if (text.isBlank()) {
            return;
        }
        DocumentBuilder builder = context.builder();
        String style = styleName(paragraph, context.doc());
        if (TITLE.matcher(style).matches() && !builder.hasTitle()) {
            builder.title(plain(paragraph));
            return;
        }
        Optional<Integer> headingLevel = headingLevel(style, paragraph.getStyleID());
        if (headingLevel.isPresent() || TITLE.matcher(style).matches()) {
            builder.heading(headingLevel.orElse(1), numberedHeading(paragraph, context));
            return;
        }
        Optional<ListNumbering.Label> label = context.numbering().next(paragraph);
        if (label.isEmpty()) {
            builder.paragraph(text);
        } else if (label.get().isBullet()) {
            builder.bullet(text);
        } else {
            builder.numbered(label.get().number().orElseThrow(), text);
        }
    }

    /** Word often numbers headings through a list definition rather than typed text. */
    private static String numberedHeading(XWPFParagraph paragraph, Context context) {
        Optional<String> number = context.numbering().next(paragraph).flatMap(ListNumbering.Label::number);
        return number.map(n -> n + ". " + plain(paragraph)).orElse(plain(paragraph));
    }

    private static String markup(XWPFParagraph paragraph) {
        InlineText text = new InlineText();
        for (XWPFRun run : paragraph.getRuns()) {
            text.append(run.text(), run.isBold(), run.isItalic());
        }
        return text.toMarkup();
    }

    private static String plain(XWPFParagraph paragraph) {
        return paragraph.getText().replaceAll("\\s+", " ").strip();
    }

    private static String styleName(XWPFParagraph paragraph, XWPFDocument doc) {
        String id = paragraph.getStyleID();
        if (id == null) {
            return "";
        }
        XWPFStyle style = doc.getStyles() == null ? null : doc.getStyles().getStyle(id);
        String name = style == null || style.getName() == null ? id : style.getName();
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static Optional<Integer> headingLevel(String styleName, String styleId) {
        Matcher byName = HEADING_NAME.matcher(styleName);
        if (byName.matches()) {
            return Optional.of(Integer.parseInt(byName.group(1)));
        }
        if (styleId == null) {
            return Optional.empty();
        }
        Matcher byId = HEADING_ID.matcher(styleId.toLowerCase(Locale.ROOT));
        return byId.matches() ? Optional.of(Integer.parseInt(byId.group(1))) : Optional.empty();
    }
}

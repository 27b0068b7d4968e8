package org.parley.export;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import org.parley.base.MarkupText;
import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.parley.document.Paragraph;
import org.parley.document.ParagraphTextHtml;
import org.parley.document.Section;
import org.parley.base.WordDiff;
import org.parley.comparison.Comparison;
import org.parley.comparison.ComparisonMarker;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;

/**
 * PDFs through openhtmltopdf: the export is written as XHTML with print CSS (A4 pages, page numbers, a cover, a
 * table of contents whose page numbers come from {@code target-counter}, PDF bookmarks) and laid out on PDFBox.
 * Text runs in DejaVu Sans, bundled with Parley (Latin with accents, Arabic); ICU splits mixed-direction text and
 * shapes Arabic letters, so right-to-left paragraphs read correctly.
 */
final class PdfExport {

    private static final String FONT = "DejaVu Sans";
    private static final String FONTS = "/export/fonts/";
    /** Beyond this many entries the contents list only the upper heading levels. */
    private static final int MAX_CONTENTS = 400;

    private PdfExport() {
    }

    static void version(VersionText text, OutputStream out) throws IOException {
        StringBuilder html = new StringBuilder(text.paragraphs().size() * 600);
        start(html, text.document().title(), text.labels(), bookmarks(text.sections()),
                text.paragraphs().stream().mapToInt(p -> p.number().length()).max().orElse(1), true);
        cover(html, text.document().title(), text.labels());
        contents(html, text.sections(), text.labels());
        int top = text.sections().stream().mapToInt(Section::level).min().orElse(1);
        for (VersionText.Block block : text.inReadingOrder()) {
            if (block.heading() != null) {
                heading(html, block.heading(), top);
            } else {
                Paragraph p = text.paragraphs().get(block.index());
                paragraph(html, p, text.mark(p), text.marker(p));
            }
        }
        html.append("</body></html>");
        render(html.toString(), out);
    }

    static void redline(Redline redline, OutputStream out) throws IOException {
        StringBuilder html = new StringBuilder(redline.rows().size() * 800);
        start(html, redline.document().title(), redline.labels(), "", 1, false);
        html.append("<div class=\"redline-head\"><div class=\"doc\" dir=\"auto\">")
                .append(escape(redline.document().title())).append("</div><h1>").append(escape(redline.title()))
                .append("</h1><div class=\"meta\">").append(escape(redline.labels().versionLine())).append(" · ")
                .append(escape(redline.labels().status())).append("</div><div class=\"legend\">")
                .append("<span class=\"ins\">").append(escape(redline.markerName().apply(ComparisonMarker.NEW)))
                .append("</span> <span class=\"del\">")
                .append(escape(redline.markerName().apply(ComparisonMarker.DELETED))).append("</span></div></div>");
        for (Comparison.Row row : redline.rows()) {
            redlineRow(html, row, redline);
        }
        html.append("</body></html>");
        render(html.toString(), out);
    }

    private static void redlineRow(StringBuilder html, Comparison.Row row, Redline redline) {
        String rtl = InlineMarkup.rightToLeft(row.newer() != null ? row.newer().text()
                : row.older().get(0).text()) ? " rtl" : "";
        html.append("<div class=\"row ").append(row.marker().name().toLowerCase()).append(rtl).append("\">");
        html.append("<div class=\"label\">")
                .append(escape(numbers(row)))
                .append(row.marker() == ComparisonMarker.UNCHANGED ? ""
                        : " · <b>" + escape(redline.markerName().apply(row.marker())) + "</b>")
                .append("</div><div class=\"t\">");
        for (WordDiff.Segment segment : row.diff()) {
            String css = switch (segment.change()) {
                case SAME -> null;
                case INSERTED -> "ins";
                case DELETED -> "del";
            };
            html.append(css == null ? "" : "<span class=\"" + css + "\">").append(escape(segment.text()))
                    .append(css == null ? "" : "</span>");
        }
        html.append("</div></div>");
    }

    /** "v1 ¶ 12 → v2 ¶ 13": the paragraph numbers on both sides of a row. */
    static String numbers(Comparison.Row row) {
        String older = row.older().isEmpty() ? "—"
                : row.older().stream().map(Comparison.Side::number).collect(Collectors.joining(" + "));
        String newer = row.newer() == null ? "—" : row.newer().number();
        return "¶ " + older + " → ¶ " + newer;
    }

    /** {@code cover}: the first page is a cover, without running title and page number. */
    private static void start(StringBuilder html, String title, CoverLabels labels, String bookmarks,
                              int longestNumber, boolean cover) {
        html.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">")
                .append("<head><title>").append(escape(title)).append("</title><style>")
                .append(css(title, labels, longestNumber, cover)).append("</style>").append(bookmarks)
                .append("</head><body>")
                .append("<div class=\"running-title").append(InlineMarkup.rightToLeft(title) ? " rtl" : "")
                .append("\">").append(escape(title)).append("</div>");
    }

    private static String css(String title, CoverLabels labels, int longestNumber, boolean cover) {
        // the number column fits the longest paragraph number ("515-13.2" in the Code civil), bold 10 pt
        int column = Math.max(9, Math.round(longestNumber * 2.1f) + 3);
        String numberColumn = column + "mm";
        // a marked paragraph's bar (1.2 mm) and its gap (1.5 mm) sit inside the number column, the text stays put
        String markedMargin = (column - 2.7f) + "mm";
        String markedNumber = (column - 3) + "mm";
        return "@page { size: A4; margin: 22mm 20mm 20mm 20mm;"
                + " @top-center { content: element(running-title); }"
                + " @bottom-center { content: \"" + cssString(labels.pageOf()) + " \" counter(page) \" / \""
                + " counter(pages); font-family: '" + FONT + "'; font-size: 8pt; color: #444; } }"
                + (cover ? "@page :first { @top-center { content: none; } @bottom-center { content: none; } }" : "")
                + ".running-title { position: running(running-title); font-size: 7.5pt; color: #666;"
                + " text-align: center; }"
                + "body { font-family: '" + FONT + "'; font-size: 10pt; line-height: 1.35; color: #111; }"
                + ".cover { page-break-after: always; padding-top: 60mm; }"
                + ".cover h1 { font-size: 24pt; line-height: 1.2; margin: 0 0 14mm 0; }"
                + ".cover .line { font-size: 12pt; margin: 3mm 0; } .cover .foot { margin-top: 80mm; font-size: 8pt;"
                + " color: #666; }"
                + ".toc { page-break-after: always; } .toc h2 { font-size: 14pt; }"
                + ".toc a { color: #111; text-decoration: none; display: block; }"
                + ".toc a::after { content: leader('.') target-counter(attr(href), page); }"
                + ".toc .l1 { margin: 2pt 0 0 0; font-weight: bold; } .toc .l2 { margin-left: 6mm; }"
                + ".toc .l3, .toc .l4, .toc .l5, .toc .l6 { margin-left: 12mm; font-size: 9pt; }"
                + "h2, h3, h4 { page-break-after: avoid; margin: 10pt 0 4pt 0; }"
                + "h2 { font-size: 14pt; } h3 { font-size: 12pt; } h4 { font-size: 10.5pt; }"
                + ".p { margin: 0 0 5pt " + numberColumn + "; }"
                + ".n { float: left; width: " + numberColumn + "; margin-left: -" + numberColumn + ";"
                + " white-space: nowrap; font-weight: bold; color: #333; }"
                // bullets drawn with the bundled font: the default list marker uses PDF's Symbol base font
                + ".p ul { margin: 2pt 0 0 0; padding-left: 2mm; list-style-type: none; }"
                + ".p li::before { content: '\\2022\\00a0\\00a0'; }"
                + ".rtl { direction: rtl; text-align: right; }"
                + ".cover .translation { font-size: 10pt; color: #444; }"
                // a paragraph in the source text for want of a translation, or with an outdated one
                + ".p.missing { color: #555; border-left: 1.2mm solid #bbb; }"
                + ".p.outdated { border-left: 1.2mm solid #d08a00; }"
                + ".p.missing, .p.outdated { padding-left: 1.5mm; margin-left: " + markedMargin + "; }"
                + ".p.missing .n, .p.outdated .n { width: " + markedNumber + "; margin-left: -" + numberColumn + "; }"
                + ".marker { font-size: 7.5pt; font-style: italic; color: #8a5a00; direction: ltr; }"
                + ".p.missing .marker { color: #555; }"
                + ".p.rtl.outdated { border-left: none; padding-left: 0; margin-left: 0; border-right: 1.2mm solid"
                + " #d08a00; padding-right: 1.5mm; margin-right: " + markedMargin + "; }"
                + ".p.rtl.outdated .n { margin-left: 0; margin-right: -" + numberColumn + "; }"
                + ".p.rtl { margin-left: 0; margin-right: " + numberColumn + "; }"
                + ".p.rtl .n { float: right; margin-left: 0; margin-right: -" + numberColumn + "; text-align: right; }"
                + ".redline-head { margin-bottom: 8mm; } .redline-head h1 { font-size: 16pt; margin: 2mm 0; }"
                + ".redline-head .doc { font-size: 11pt; } .meta { color: #444; }"
                + ".row { margin: 0 0 6pt 0; page-break-inside: auto; }"
                + ".row .label { font-size: 8pt; color: #555; direction: ltr; }"
                + ".row.rtl .label { text-align: right; } .row.unchanged .t { color: #444; }"
                + ".ins { color: #0b6b2f; text-decoration: underline; }"
                + ".del { color: #b3261e; text-decoration: line-through; }"
                + ".row.deleted .t { color: #b3261e; text-decoration: line-through; }"
                + ".row.new .t { color: #0b6b2f; text-decoration: underline; }";
    }

    private static void cover(StringBuilder html, String title, CoverLabels labels) {
        html.append("<div class=\"cover\"><h1").append(dir(title)).append(">").append(escape(title))
                .append("</h1><div class=\"line\">").append(escape(labels.versionLine())).append("</div>")
                .append("<div class=\"line\">").append(escape(labels.date())).append("</div>")
                .append("<div class=\"line\">").append(escape(labels.status())).append("</div>");
        for (String line : labels.translation()) {
            html.append("<div class=\"line translation\">").append(escape(line)).append("</div>");
        }
        html                .append("<div class=\"foot\">").append(escape(labels.exportedBy())).append("</div></div>");
    }

    private static void contents(StringBuilder html, List<Section> sections, CoverLabels labels) {
        if (sections.isEmpty()) {
            return;
        }
        int top = sections.stream().mapToInt(Section::level).min().orElse(1);
        int depth = top + 5;
        while (depth > top && shallowerThan(sections, depth) > MAX_CONTENTS) {
            depth--;
        }
        html.append("<div class=\"toc\"><h2>").append(escape(labels.contents())).append("</h2>");
        for (Section s : sections) {
            if (s.level() <= depth) {
                html.append("<a class=\"l").append(Math.min(s.level() - top + 1, 6))
                        .append("\" href=\"#s").append(s.id())
                        .append("\"").append(dir(s.title())).append(">").append(escape(DocxExport.headingText(s)))
                        .append("</a>");
            }
        }
        html.append("</div>");
    }

    private static long shallowerThan(List<Section> sections, int depth) {
        return sections.stream().filter(s -> s.level() <= depth).count();
    }

    private static String bookmarks(List<Section> sections) {
        StringBuilder out = new StringBuilder("<bookmarks>");
        Deque<Integer> open = new ArrayDeque<>();
        for (Section s : sections) {
            while (!open.isEmpty() && open.peek() >= s.level()) {
                open.pop();
                out.append("</bookmark>");
            }
            out.append("<bookmark name=\"").append(escape(DocxExport.headingText(s)))
                    .append("\" href=\"#s").append(s.id())
                    .append("\">");
            open.push(s.level());
        }
        open.forEach(level -> out.append("</bookmark>"));
        return sections.isEmpty() ? "" : out.append("</bookmarks>").toString();
    }

    /** Top-level sections are h2 (the cover has the h1), whatever level the import gave them. */
    private static void heading(StringBuilder html, Section section, int top) {
        int h = Math.min(section.level() - top + 2, 4);
        html.append("<h").append(h).append(" id=\"s").append(section.id()).append("\"").append(dir(section.title()))
                .append(">").append(escape(DocxExport.headingText(section))).append("</h").append(h).append(">");
    }

    private static void paragraph(StringBuilder html, Paragraph p, TextMark mark, String marker) {
        boolean rtl = InlineMarkup.rightToLeft(ParagraphTextHtml.toPlainText(p.text()));
        html.append("<div class=\"p").append(rtl ? " rtl" : "")
                .append(mark == TextMark.NONE ? "" : " " + mark.name().toLowerCase()).append("\" id=\"")
                .append(escape(p.anchor())).append("\"><span class=\"n\">").append(escape(p.number()))
                .append("</span>").append(ParagraphTextHtml.toHtml(p.text()));
        if (marker != null) {
            html.append("<div class=\"marker\">").append(escape(marker)).append("</div>");
        }
        html.append("</div>");
    }

    private static String dir(String text) {
        return InlineMarkup.rightToLeft(text) ? " class=\"rtl\"" : "";
    }

    private static void render(String xhtml, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
        builder.defaultTextDirection(BaseRendererBuilder.TextDirection.LTR);
        font(builder, "DejaVuSans.ttf", 400, BaseRendererBuilder.FontStyle.NORMAL);
        font(builder, "DejaVuSans-Bold.ttf", 700, BaseRendererBuilder.FontStyle.NORMAL);
        font(builder, "DejaVuSans-Oblique.ttf", 400, BaseRendererBuilder.FontStyle.ITALIC);
        font(builder, "DejaVuSans-BoldOblique.ttf", 700, BaseRendererBuilder.FontStyle.ITALIC);
        // nothing outside the document itself is ever fetched
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withProducer("Parley");
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        builder.run();
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, BaseRendererBuilder.FontStyle style) {
        builder.useFont(() -> {
            InputStream in = PdfExport.class.getResourceAsStream(FONTS + file);
            if (in == null) {
                throw new IllegalStateException("font missing from the build: " + file);
            }
            return in;
        }, FONT, weight, style, true);
    }

    static String escape(String text) {
        return MarkupText.escape(text);
    }

    private static String cssString(String text) {
        return text.replaceAll("[\\p{Cntrl}]", " ").replace("\\", "\\\\").replace("\"", "\\\"");
    }
}

package org.parley.export;

import java.time.temporal.ChronoUnit;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.parley.base.WordDiff;
import org.parley.comparison.Comparison;
import org.parley.comparison.ComparisonMarker;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;

/**
 * The changes between two versions as a Word document with real tracked changes: inserted words in
 * {@code w:ins}, deleted words in {@code w:del}, so Word shows them in its review pane and can accept or reject
 * them. Each paragraph starts with its numbers in both versions and, when it changed, how (moved, split...).
 */
final class RedlineDocx {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String AUTHOR = "Parley";

    private RedlineDocx() {
    }

    static void write(Redline redline, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            WordStyles.install(doc);
            doc.getProperties().getCoreProperties().setTitle(redline.document().title() + " · " + redline.title());
            XWPFParagraph title = doc.createParagraph();
            title.setStyle("Title");
            title.createRun().setText(redline.document().title());
            XWPFParagraph subtitle = doc.createParagraph();
            subtitle.setStyle("Heading1");
            subtitle.createRun().setText(redline.title());
            String date = DateTimeFormatter.ISO_INSTANT.format(redline.changedAt().toInstant()
                    .truncatedTo(ChronoUnit.SECONDS));
            int id = 1;
            for (Comparison.Row row : redline.rows()) {
                StringBuilder xml = new StringBuilder("<xml-fragment xmlns:w=\"" + W + "\">");
                boolean rtl = InlineMarkup.rightToLeft(row.newer() != null ? row.newer().text()
                        : row.older().get(0).text());
                xml.append("<w:pPr><w:ind w:left=\"0\"/>").append(rtl ? "<w:bidi/>" : "").append("</w:pPr>");
                String label = PdfExport.numbers(row) + (row.marker() == ComparisonMarker.UNCHANGED ? ""
                        : " · " + redline.markerName().apply(row.marker()));
                xml.append("<w:r><w:rPr><w:b/><w:color w:val=\"555555\"/><w:sz w:val=\"18\"/></w:rPr>")
                        .append(text("w:t", label)).append("<w:tab/></w:r>");
                for (WordDiff.Segment segment : row.diff()) {
                    String run = "<w:r>" + (rtl ? "<w:rPr><w:rtl/></w:rPr>" : "");
                    switch (segment.change()) {
                        case SAME -> xml.append(run).append(text("w:t", segment.text())).append("</w:r>");
                        case INSERTED -> xml.append(change("w:ins", id++, date)).append(run)
                                .append(text("w:t", segment.text())).append("</w:r></w:ins>");
                        case DELETED -> xml.append(change("w:del", id++, date)).append(run)
                                .append(text("w:delText", segment.text())).append("</w:r></w:del>");
                    }
                }
                xml.append("</xml-fragment>");
                XWPFParagraph paragraph = doc.createParagraph();
                try {
                    paragraph.getCTP().set(CTP.Factory.parse(xml.toString()));
                } catch (XmlException e) {
                    throw new IOException("redline paragraph " + PdfExport.numbers(row), e);
                }
            }
            doc.write(out);
        }
    }

    private static String change(String element, int id, String date) {
        return "<" + element + " w:id=\"" + id + "\" w:author=\"" + AUTHOR + "\" w:date=\"" + date + "\">";
    }

    private static String text(String element, String value) {
        return "<" + element + " xml:space=\"preserve\">" + PdfExport.escape(value) + "</" + element + ">";
    }
}

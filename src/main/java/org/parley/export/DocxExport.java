package org.parley.export;

import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.parley.document.Paragraph;
import org.parley.document.Section;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;

/**
 * A version as a Word document an editor can revise and import back as the next draft: the title in Word's
 * Title style, sections in Heading styles, each paragraph starting with its Parley number as typed text, bullet
 * lines as a Word bullet list under their paragraph. Version, milestone and status go in the page header (the
 * importer ignores headers), the page number in the footer.
 */
final class DocxExport {

    private static final int INDENT = 680; // twentieths of a point, about 12 mm
    private static final int BULLET_INDENT = 1020;

    private DocxExport() {
    }

    static void version(VersionText text, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            WordStyles.install(doc);
            WordStyles.installMarks(doc, text.labels().missing(), text.labels().outdated());
            Marks marks = new Marks(doc);
            BigInteger bullets = bulletList(doc);
            doc.getProperties().getCoreProperties().setTitle(text.document().title());
            doc.getProperties().getCoreProperties().setDescription(String.join("\n",
                    Stream.concat(Stream.of(text.labels().versionLine()),
                            text.labels().translation().stream()).toList()));
            headerAndFooter(doc, text);
            XWPFParagraph title = doc.createParagraph();
            title.setStyle("Title");
            title.createRun().setText(text.document().title());

            List<String> prefixes = TypedNumbers.prefixes(text.sections(), text.paragraphs());
            for (VersionText.Block block : text.inReadingOrder()) {
                if (block.heading() != null) {
                    heading(doc, block.heading());
                    continue;
                }
                Paragraph p = text.paragraphs().get(block.index());
                XWPFParagraph first = paragraph(doc, prefixes.get(block.index()), p.text(), bullets, text.mark(p));
                if (text.marker(p) != null) {
                    marks.comment(first, text.marker(p));
                }
            }
            doc.write(out);
        }
    }

    /** The heading as the importer splits it again: "III. Heading", or "Article 9-1" as it stands. */
    static String headingText(Section section) {
        if (section.number() == null || section.heading().contains(section.number())) {
            return section.heading();
        }
        return section.number() + ". " + section.heading();
    }

    private static void heading(XWPFDocument doc, Section section) {
        XWPFParagraph heading = doc.createParagraph();
        heading.setStyle("Heading" + Math.min(Math.max(section.level(), 1), WordStyles.MAX_HEADING));
        String text = headingText(section);
        rightToLeft(heading, InlineMarkup.rightToLeft(text));
        heading.createRun().setText(text);
    }

    /** Writes a paragraph (one Word paragraph per block, bullets as a list) and returns its first Word paragraph. */
    private static XWPFParagraph paragraph(XWPFDocument doc, String prefix, String markup, BigInteger bullets,
                                           TextMark mark) {
        XWPFParagraph opening = null;
        boolean first = true;
        for (InlineMarkup.Block block : InlineMarkup.blocks(markup)) {
            XWPFParagraph paragraph = doc.createParagraph();
            if (mark != TextMark.NONE) {
                paragraph.setStyle(WordStyles.markStyle(mark));
            }
            opening = opening == null ? paragraph : opening;
            boolean rtl = InlineMarkup.rightToLeft(block.runs().stream().map(InlineMarkup.Run::text)
                    .reduce("", String::concat));
            rightToLeft(paragraph, rtl);
            if (block.bullet()) {
                paragraph.setNumID(bullets);
                paragraph.setNumILvl(BigInteger.ZERO);
            } else {
                paragraph.setIndentationLeft(INDENT);
                paragraph.setIndentationHanging(INDENT);
                if (first && !prefix.isEmpty()) {
                    XWPFRun number = paragraph.createRun();
                    number.setText(prefix.strip());
                    number.addTab();
                } else {
                    paragraph.createRun().addTab();
                }
            }
            first = false;
            for (InlineMarkup.Run run : block.runs()) {
                XWPFRun r = paragraph.createRun();
                r.setText(run.text());
                r.setBold(run.bold());
                r.setItalic(run.italic());
                if (rtl) {
                    r.getCTR().addNewRPr().addNewRtl();
                }
            }
        }
        return opening;
    }

    /** Word comments ("Not translated yet: source text shown") attached to marked paragraphs. */
    private static final class Marks {
        private final XWPFDocument doc;
        private XWPFComments comments;
        private int next;

        Marks(XWPFDocument doc) {
            this.doc = doc;
        }

        void comment(XWPFParagraph paragraph, String text) {
            if (paragraph == null) {
                return;
            }
            if (comments == null) {
                comments = doc.createComments();
            }
            BigInteger id = BigInteger.valueOf(next++);
            XWPFComment comment = comments.createComment(id);
            comment.setAuthor("Parley");
            comment.setInitials("P");
            comment.createParagraph().createRun().setText(text);
            paragraph.getCTP().insertNewCommentRangeStart(0).setId(id);
            paragraph.getCTP().addNewCommentRangeEnd().setId(id);
            paragraph.createRun().getCTR().addNewCommentReference().setId(id);
        }
    }

    private static void rightToLeft(XWPFParagraph paragraph, boolean rtl) {
        if (rtl) {
            var ppr = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
            ppr.addNewBidi();
        }
    }

    private static BigInteger bulletList(XWPFDocument doc) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.ONE);
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(STNumberFormat.BULLET);
        level.addNewLvlText().setVal("•");
        var indent = level.addNewPPr().addNewInd();
        indent.setLeft(BigInteger.valueOf(BULLET_INDENT));
        indent.setHanging(BigInteger.valueOf(340));
        XWPFNumbering numbering = doc.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum));
        return numbering.addNum(abstractId);
    }

    private static void headerAndFooter(XWPFDocument doc, VersionText text) {
        var page = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph header = page.createParagraph();
        XWPFRun run = header.createRun();
        run.setFontSize(8);
        run.setText(text.document().title() + " · " + text.labels().versionLine() + " · " + text.labels().status()
                + " · " + text.labels().date());
        // a translation says so in the header too (the importer ignores headers, so a re-import is unchanged)
        for (String line : text.labels().translation()) {
            XWPFRun translation = page.createParagraph().createRun();
            translation.setFontSize(8);
            translation.setText(line);
        }
        XWPFParagraph footer = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        footer.setAlignment(ParagraphAlignment.CENTER);
        var field = footer.getCTP().addNewFldSimple();
        field.setInstr("PAGE");
        field.addNewR().addNewT().setStringValue("1");
    }
}

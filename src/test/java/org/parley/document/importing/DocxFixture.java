package org.parley.document.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Builds real DOCX files in memory: styles with names, numbering definitions, formatted runs. */
final class DocxFixture {

    /** One list level: Word numFmt, lvlText template, start value. */
    record Level(STNumberFormat.Enum format, String text, int start) {
    }

    private final XWPFDocument doc = new XWPFDocument();
    private int nextAbstractId;

    DocxFixture style(String styleId, String name) {
        XWPFStyles styles = doc.getStyles() == null ? doc.createStyles() : doc.getStyles();
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(styleId);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        styles.addStyle(new XWPFStyle(style));
        return this;
    }

    /** Creates an abstract numbering with the given levels and returns a numId pointing to it. */
    BigInteger numbering(Level... levels) {
        XWPFNumbering numbering = doc.getNumbering() == null ? doc.createNumbering() : doc.getNumbering();
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.valueOf(nextAbstractId++));
        for (int i = 0; i < levels.length; i++) {
            CTLvl lvl = abstractNum.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(i));
            lvl.addNewStart().setVal(BigInteger.valueOf(levels[i].start()));
            lvl.addNewNumFmt().setVal(levels[i].format());
            lvl.addNewLvlText().setVal(levels[i].text());
        }
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
        return numbering.addNum(abstractId);
    }

    /** Text pieces: "**x**" is a bold run, "*x*" an italic run, anything else a plain run. */
    XWPFParagraph paragraph(String styleId, String... runs) {
        XWPFParagraph p = doc.createParagraph();
        if (styleId != null) {
            p.setStyle(styleId);
        }
        for (String piece : runs) {
            XWPFRun run = p.createRun();
            if (piece.startsWith("**") && piece.endsWith("**") && piece.length() > 4) {
                run.setBold(true);
                run.setText(piece.substring(2, piece.length() - 2));
            } else if (piece.startsWith("*") && piece.endsWith("*") && piece.length() > 2) {
                run.setItalic(true);
                run.setText(piece.substring(1, piece.length() - 1));
            } else {
                run.setText(piece);
            }
        }
        return p;
    }

    XWPFParagraph listItem(BigInteger numId, int level, String text) {
        XWPFParagraph p = paragraph(null, text);
        p.setNumID(numId);
        p.setNumILvl(BigInteger.valueOf(level));
        return p;
    }

    XWPFDocument document() {
        return doc;
    }

    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

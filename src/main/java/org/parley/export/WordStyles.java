package org.parley.export;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.math.BigInteger;

/**
 * The Word styles an export uses, named as Word names its built-in ones ("Title", "heading 1"...), so that Word
 * shows them in its navigation pane and Parley's DOCX importer reads the headings back.
 */
final class WordStyles {

    static final int MAX_HEADING = 6;
    private static final int[] HEADING_HALF_POINTS = {32, 28, 26, 24, 22, 22};

    private WordStyles() {
    }

    static void install(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        add(styles, "Normal", "Normal", null, 22, false, null);
        add(styles, "Title", "Title", "Normal", 44, true, null);
        for (int level = 1; level <= MAX_HEADING; level++) {
            add(styles, "Heading" + level, "heading " + level, "Normal", HEADING_HALF_POINTS[level - 1], true,
                    level - 1);
        }
    }

    /**
     * Paragraph styles for paragraphs shown in the source text for want of a translation (grey) and for outdated
     * translations (amber), named in the export's language so that Word's style pane says what they mean.
     */
    static void installMarks(XWPFDocument doc, String missingName, String outdatedName) {
        XWPFStyles styles = doc.getStyles();
        add(styles, markStyle(TextMark.MISSING), missingName, "Normal", 22, false, null, "666666");
        add(styles, markStyle(TextMark.OUTDATED), outdatedName, "Normal", 22, false, null, "8A5A00");
    }

    static String markStyle(TextMark mark) {
        return mark == TextMark.MISSING ? "ParleyNotTranslated" : "ParleyTranslationOutdated";
    }

    private static void add(XWPFStyles styles, String id, String name, String basedOn, int halfPoints,
                            boolean bold, Integer outlineLevel) {
        add(styles, id, name, basedOn, halfPoints, bold, outlineLevel, null);
    }

    private static void add(XWPFStyles styles, String id, String name, String basedOn, int halfPoints,
                            boolean bold, Integer outlineLevel, String color) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
            style.addNewNext().setVal("Normal");
        }
        style.addNewQFormat();
        var paragraph = style.addNewPPr();
        var spacing = paragraph.addNewSpacing();
        spacing.setAfter(BigInteger.valueOf(120));
        if (outlineLevel != null) {
            paragraph.addNewKeepNext();
            spacing.setBefore(BigInteger.valueOf(240));
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        var run = style.addNewRPr();
        var fonts = run.addNewRFonts();
        fonts.setAscii("DejaVu Sans");
        fonts.setHAnsi("DejaVu Sans");
        fonts.setCs("DejaVu Sans");
        if (bold) {
            run.addNewB();
            run.addNewBCs();
        }
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        if (color != null) {
            run.addNewColor().setVal(color);
        }
        styles.addStyle(new XWPFStyle(style, styles));
    }
}

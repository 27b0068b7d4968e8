package org.parley.document.importing;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;

/**
 * Computes the number Word would display for a list paragraph. POI does not do this, so we keep
 * counters per abstract numbering and level, as Word does.
 */
final class ListNumbering {

    private static final int LEVELS = 9;
    private static final int NOT_STARTED = -1;

    /** What a list paragraph shows: a number, or a bullet ({@code number} empty). */
    record Label(Optional<String> number) {
        boolean isBullet() {
            return number.isEmpty();
        }
    }

    private final XWPFNumbering numbering;
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    ListNumbering(XWPFNumbering numbering) {
        this.numbering = numbering;
    }

    /** Empty when the paragraph's numbering is missing or shows nothing. */
    Optional<Label> next(XWPFParagraph paragraph) {
        BigInteger numId = paragraph.getNumID();
        if (numbering == null || numId == null || numId.signum() == 0) {
            return Optional.empty();
        }
        XWPFNum num = numbering.getNum(numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null) {
            return Optional.empty();
        }
        BigInteger abstractId = num.getCTNum().getAbstractNumId().getVal();
        XWPFAbstractNum abstractNum = numbering.getAbstractNum(abstractId);
        if (abstractNum == null) {
            return Optional.empty();
        }
        int ilvl = paragraph.getNumIlvl() == null ? 0 : Math.min(paragraph.getNumIlvl().intValue(), LEVELS - 1);
        CTLvl[] levels = new CTLvl[LEVELS];
        for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlArray()) {
            int i = lvl.getIlvl() == null ? 0 : lvl.getIlvl().intValue();
            if (i >= 0 && i < LEVELS) {
                levels[i] = lvl;
            }
        }
        return label(abstractId, levels, ilvl);
    }

    private Optional<Label> label(BigInteger abstractId, CTLvl[] levels, int ilvl) {
        String format = format(levels[ilvl]);
        if (format.equals("bullet")) {
            return Optional.of(new Label(Optional.empty()));
        }
        if (format.equals("none")) {
            return Optional.empty();
        }
        int[] values = counters.computeIfAbsent(abstractId, id -> notStarted());
        values[ilvl] = values[ilvl] == NOT_STARTED ? start(levels[ilvl]) : values[ilvl] + 1;
        for (int deeper = ilvl + 1; deeper < LEVELS; deeper++) {
            values[deeper] = NOT_STARTED;
        }
        String template = levels[ilvl] != null && levels[ilvl].getLvlText() != null
                ? levels[ilvl].getLvlText().getVal() : "%" + (ilvl + 1) + ".";
        String shown = render(template, levels, values).strip().replaceAll("\\.$", "").strip();
        return Optional.of(new Label(Optional.of(shown.isEmpty() ? String.valueOf(values[ilvl]) : shown)));
    }

    private static int[] notStarted() {
        int[] values = new int[LEVELS];
        Arrays.fill(values, NOT_STARTED);
        return values;
    }

    private static String render(String template, CTLvl[] levels, int[] values) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '%' && i + 1 < template.length() && Character.isDigit(template.charAt(i + 1))) {
                int level = template.charAt(++i) - '1';
                if (level >= 0 && level < LEVELS) {
                    int value = values[level] == NOT_STARTED ? start(levels[level]) : values[level];
                    out.append(NumberFormat.render(format(levels[level]), value));
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String format(CTLvl lvl) {
        return lvl == null || lvl.getNumFmt() == null ? "decimal" : lvl.getNumFmt().getVal().toString();
    }

    private static int start(CTLvl lvl) {
        return lvl == null || lvl.getStart() == null ? 1 : lvl.getStart().getVal().intValue();
    }
}

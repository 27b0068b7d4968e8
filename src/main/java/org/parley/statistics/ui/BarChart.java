package org.parley.statistics.ui;

import org.parley.base.MarkupText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart as inline SVG, stacked when it has more than one series. Built on the server from
 * numbers the page also shows in a table, so it needs no charting library and no frontend code.
 * <p>
 * Accessible: {@code role="img"} with a {@code <title>}, every bar labelled in text with its total, every
 * segment titled with its series and value. Colours are the theme's custom properties (with fallbacks), set in
 * {@code style} because SVG presentation attributes do not resolve {@code var()}. Labels are user data (names of
 * organisations) and are escaped; a right-to-left label (Arabic) is laid out right-to-left and still ends at
 * the bars.
 */
public final class BarChart {

    static final int WIDTH = 640;
    static final int LABEL_WIDTH = 220;
    static final int BAR_X = LABEL_WIDTH + 10;
    static final int BAR_AREA = 340;
    static final int ROW = 24;
    static final int BAR_HEIGHT = 16;
    static final int MAX_LABEL = 34;

    private final String title;
    private final List<Series> series = new ArrayList<>();
    private final List<Bar> bars = new ArrayList<>();

    private record Series(String label, String colour) {
    }

    private record Bar(String label, int[] values) {
        int total() {
            int sum = 0;
            for (int value : values) {
                sum += value;
            }
            return sum;
        }
    }

    public BarChart(String title) {
        this.title = title;
    }

    /** A series (a segment of every bar) with its colour, any CSS colour such as {@code var(--x, #123456)}. */
    public BarChart series(String label, String colour) {
        series.add(new Series(label, colour));
        return this;
    }

    /** A bar with one value per series, in the order the series were added. */
    public BarChart bar(String label, int... values) {
        if (values.length != series.size()) {
            throw new IllegalArgumentException("one value per series expected");
        }
        bars.add(new Bar(label, values.clone()));
        return this;
    }

    public String toSvg() {
        int legendHeight = series.size() > 1 ? legendRows() * ROW + 8 : 0;
        int height = legendHeight + Math.max(1, bars.size()) * ROW + 8;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bar-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" aria-label=\"").append(escaped(title))
                .append("\"><title>").append(escaped(title)).append("</title>");
        if (series.size() > 1) {
            legend(svg);
        }
        int max = bars.stream().mapToInt(Bar::total).max().orElse(0);
        for (int i = 0; i < bars.size(); i++) {
            bar(svg, bars.get(i), legendHeight + i * ROW, max);
        }
        return svg.append("</svg>").toString();
    }

    private void bar(StringBuilder svg, Bar bar, int y, int max) {
        svg.append("<g class=\"bar\"><title>").append(escaped(bar.label())).append(": ").append(bar.total())
                .append("</title>");
        label(svg, bar.label(), y + ROW / 2 + 4);
        double x = BAR_X;
        for (int s = 0; s < series.size(); s++) {
            int value = bar.values()[s];
            if (value == 0) {
                continue;
            }
            double width = max == 0 ? 0 : (double) value * BAR_AREA / max;
            svg.append("<rect x=\"").append(number(x)).append("\" y=\"").append(y + (ROW - BAR_HEIGHT) / 2)
                    .append("\" width=\"").append(number(width)).append("\" height=\"").append(BAR_HEIGHT)
                    .append("\" style=\"fill: ").append(escaped(series.get(s).colour())).append("\"><title>")
                    .append(escaped(series.get(s).label())).append(": ").append(value).append("</title></rect>");
            x += width;
        }
        svg.append("<text class=\"bar-value\" x=\"").append(number(x + 6)).append("\" y=\"")
                .append(y + ROW / 2 + 4).append("\">").append(bar.total()).append("</text></g>");
    }

    /** Right-aligned against the bars whatever the script: RTL text anchors at its start, which is its right. */
    private void label(StringBuilder svg, String label, int y) {
        boolean rtl = isRightToLeft(label);
        svg.append("<text class=\"bar-label\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y)
                .append(rtl ? "\" direction=\"rtl\" text-anchor=\"start\">" : "\" text-anchor=\"end\">")
                .append(escaped(shortened(label))).append("</text>");
    }

    private int legendRows() {
        int rows = 1;
        int x = 0;
        for (Series s : series) {
            int width = legendWidth(s);
            if (x > 0 && x + width > WIDTH) {
                rows++;
                x = 0;
            }
            x += width;
        }
        return rows;
    }

    private void legend(StringBuilder svg) {
        int x = 0;
        int y = 0;
        for (Series s : series) {
            int width = legendWidth(s);
            if (x > 0 && x + width > WIDTH) {
                x = 0;
                y += ROW;
            }
            svg.append("<g class=\"legend\"><rect x=\"").append(x).append("\" y=\"").append(y + 6)
                    .append("\" width=\"12\" height=\"12\" style=\"fill: ").append(escaped(s.colour()))
                    .append("\"/><text x=\"").append(x + 16).append("\" y=\"").append(y + 16).append("\">")
                    .append(escaped(s.label())).append("</text></g>");
            x += width;
        }
    }

    private static int legendWidth(Series s) {
        return 16 + s.label().length() * 7 + 16;
    }

    static boolean isRightToLeft(String text) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            switch (Character.getDirectionality(codePoint)) {
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC:
                    return true;
                case Character.DIRECTIONALITY_LEFT_TO_RIGHT:
                    return false;
                default:
                    i += Character.charCount(codePoint);
            }
        }
        return false;
    }

    private static String shortened(String label) {
        if (label.codePointCount(0, label.length()) <= MAX_LABEL) {
            return label;
        }
        return label.substring(0, label.offsetByCodePoints(0, MAX_LABEL - 1)).strip() + "…";
    }

    static String escaped(String text) {
        return MarkupText.escape(text);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}

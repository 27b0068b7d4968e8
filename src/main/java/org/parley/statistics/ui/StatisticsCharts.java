package org.parley.statistics.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;

import java.util.List;

/**
 * Turns a statistics table (header first; a label column, then counts, then totals) into its chart and its
 * HTML table. Participation tables end with replies, total and people; the chart stacks the comment kinds and
 * the replies. Outcome tables end with the total; the chart stacks the outcomes.
 */
final class StatisticsCharts {

    private static final List<String> KIND_COLOURS = List.of(
            "var(--parley-chart-comment, #0072b2)", "var(--parley-chart-question, #e69f00)",
            "var(--parley-chart-support, #009e73)", "var(--parley-chart-objection, #d55e00)",
            "var(--parley-chart-amendment, #cc79a7)", "var(--parley-chart-reply, #999999)");
    private static final List<String> OUTCOME_COLOURS = List.of(
            "var(--parley-chart-accepted, #009e73)", "var(--parley-chart-partly-accepted, #56b4e9)",
            "var(--parley-chart-declined, #d55e00)", "var(--parley-chart-noted, #e69f00)",
            "var(--parley-chart-out-of-scope, #999999)", "var(--parley-chart-unanswered, #dddddd)");

    private StatisticsCharts() {
    }

    static String chart(String title, List<List<String>> table, boolean outcomes) {
        List<String> header = table.get(0);
        int series = outcomes ? header.size() - 2 : header.size() - 3;
        List<String> colours = outcomes ? OUTCOME_COLOURS : KIND_COLOURS;
        BarChart chart = new BarChart(title);
        for (int s = 0; s < series; s++) {
            chart.series(header.get(1 + s), colours.get(s % colours.size()));
        }
        for (List<String> row : table.subList(1, table.size())) {
            int[] values = new int[series];
            for (int s = 0; s < series; s++) {
                values[s] = Integer.parseInt(row.get(1 + s));
            }
            chart.bar(row.get(0), values);
        }
        return chart.toSvg();
    }

    /**
     * Text set through the DOM API, never as markup: the labels are user data. The table scrolls sideways on a
     * narrow screen: its frame is a named region that takes focus, so the keyboard can scroll it too.
     */
    static Div htmlTable(String title, List<List<String>> table) {
        Element html = new Element("table");
        html.getClassList().add("statistics-table");
        for (int r = 0; r < table.size(); r++) {
            Element tr = new Element("tr");
            List<String> row = table.get(r);
            for (int c = 0; c < row.size(); c++) {
                Element cell = new Element(r == 0 || c == 0 ? "th" : "td").setText(row.get(c));
                if (r == 0) {
                    cell.setAttribute("scope", "col");
                } else if (c == 0) {
                    cell.setAttribute("scope", "row").setAttribute("dir", "auto");
                }
                tr.appendChild(cell);
            }
            html.appendChild(tr);
        }
        Div wrapper = new Div();
        wrapper.addClassName("statistics-table-wrapper");
        wrapper.getElement().setAttribute("tabindex", "0").setAttribute("role", "region")
                .setAttribute("aria-label", title);
        wrapper.getElement().appendChild(html);
        return wrapper;
    }
}

package org.parley.workbench.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import org.parley.resolution.ResolutionFilter;
import org.parley.disposition.RoundProgress;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The workbench's progress per section and per organisation (answered of total). Each line opens the resolution
 * matrix filtered to that section or organisation and to the comments still waiting for an answer.
 */
class RoundProgressPanel extends Details {

    private final Div content = new Div();

    RoundProgressPanel() {
        setId("round-progress");
        addClassName("round-progress");
        setSummaryText(getTranslation("workbench.progress.details"));
        add(content);
    }

    void show(String slug, int version, RoundProgress progress) {
        content.removeAll();
        String matrix = "documents/" + slug + "/resolution/" + version + "?disposition=" + ResolutionFilter.UNANSWERED;
        content.add(column("workbench.progress.by-section", progress.bySection(), matrix + "&section=",
                "workbench.progress.no-section"));
        content.add(column("workbench.progress.by-organisation", progress.byOrganisation(),
                matrix + "&organisation=", "workbench.progress.own-name"));
    }

    private Div column(String titleKey, List<RoundProgress.Tally> tallies, String link, String noLabelKey) {
        Div column = new Div(new H3(getTranslation(titleKey)));
        column.addClassName("round-progress-column");
        for (RoundProgress.Tally tally : tallies) {
            String counts = getTranslation("workbench.progress.tally", tally.answered(), tally.total());
            Span label = new Span(tally.label() == null ? getTranslation(noLabelKey) : tally.label());
            label.getElement().setAttribute("dir", "auto");
            // comments without a section or organisation have no filter value: shown, not linked
            Div line = tally.label() == null ? new Div(label, new Span(" " + counts))
                    : new Div(new Anchor(link + encode(tally.label()), label, new Span(" " + counts)));
            line.addClassName(tally.complete() ? "progress-complete" : "progress-open");
            column.add(line);
        }
        return column;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

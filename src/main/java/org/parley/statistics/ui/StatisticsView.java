package org.parley.statistics.ui;

import java.util.Locale;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.parley.base.ui.MainLayout;
import org.parley.document.DocumentNotFoundException;
import org.parley.statistics.Breakdown;
import org.parley.statistics.DocumentStatistics;
import org.parley.statistics.StatisticsService;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Who took part in a document's consultation, and what became of what they said: charts, tables, CSV. */
@Route(value = "documents/:slug/statistics", layout = MainLayout.class)
@AnonymousAllowed
public class StatisticsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final StatisticsService service;
    private DocumentStatistics statistics;

    public StatisticsView(StatisticsService service) {
        this.service = service;
        addClassName("statistics-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElseThrow(DocumentNotFoundException::new);
        Integer round = event.getLocation().getQueryParameters().getSingleParameter("round").map(value -> {
            try {
                return Integer.valueOf(value);
            } catch (NumberFormatException e) {
                throw new DocumentNotFoundException();
            }
        }).orElse(null);
        statistics = service.statistics(slug, round);
        render();
    }

    private void render() {
        removeAll();
        H1 title = new H1(getTranslation("statistics.title", statistics.title()));
        title.getElement().setAttribute("dir", "auto");
        Anchor back = new Anchor("documents/" + statistics.slug(), getTranslation("statistics.back"));
        Paragraph summary = new Paragraph(getTranslation("statistics.summary", statistics.contributions(),
                statistics.people(), statistics.organisations()));
        summary.setId("statistics-summary");
        add(title, back, roundSelector(), summary);
        if (statistics.contributions() == 0) {
            Paragraph none = new Paragraph(getTranslation("statistics.none"));
            none.setId("statistics-none");
            add(none);
            return;
        }
        for (Breakdown breakdown : Breakdown.values()) {
            add(section(breakdown));
        }
    }

    private Select<Integer> roundSelector() {
        Select<Integer> rounds = new Select<>();
        rounds.setId("statistics-round");
        rounds.setLabel(getTranslation("statistics.round-selector"));
        rounds.setEmptySelectionAllowed(true);
        rounds.setEmptySelectionCaption(getTranslation("statistics.all-rounds"));
        rounds.setItems(statistics.rounds().stream().map(DocumentStatistics.Round::number).toList());
        rounds.setItemLabelGenerator(number -> number == null ? getTranslation("statistics.all-rounds")
                : statistics.rounds().stream().filter(r -> r.number() == number).findFirst()
                .map(r -> service.roundLabel(r.number(), r.label(), getLocale())).orElse(""));
        rounds.setValue(statistics.round());
        rounds.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                QueryParameters query = e.getValue() == null ? QueryParameters.empty()
                        : QueryParameters.simple(Map.of("round", String.valueOf(e.getValue())));
                getUI().ifPresent(ui -> ui.navigate("documents/" + statistics.slug() + "/statistics", query));
            }
        });
        return rounds;
    }

    private Div section(Breakdown breakdown) {
        List<List<String>> table = service.table(statistics, breakdown, getLocale());
        Div section = new Div(new H2(getTranslation("statistics.heading." + breakdown.slug())));
        section.setId("statistics-" + breakdown.slug());
        section.addClassName("statistics-section");
        Svg chart = new Svg(StatisticsCharts.chart(getTranslation("statistics.heading." + breakdown.slug()),
                table, breakdown == Breakdown.OUTCOME));
        chart.addClassName("statistics-chart");
        section.add(chart, StatisticsCharts.htmlTable(
                getTranslation("statistics.heading." + breakdown.slug()), table), csv(breakdown));
        return section;
    }

    private Anchor csv(Breakdown breakdown) {
        String slug = statistics.slug();
        Integer round = statistics.round();
        String name = slug + (round == null ? "" : "-v" + round) + "-" + breakdown.slug() + ".csv";
        Locale locale = getLocale();
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(e -> new DownloadResponse(
                new ByteArrayInputStream(service.csv(slug, round, breakdown, locale)), name, "text/csv", -1)),
                getTranslation("statistics.download"));
        csv.setId("statistics-csv-" + breakdown.slug());
        return csv;
    }

    @Override
    public String getPageTitle() {
        return statistics == null ? getTranslation("statistics.page-title", "")
                : getTranslation("statistics.page-title", statistics.title());
    }
}

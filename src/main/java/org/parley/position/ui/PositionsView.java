package org.parley.position.ui;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.parley.base.ui.MainLayout;
import org.parley.organisation.Organisation;
import org.parley.organisation.OrganisationService;
import org.parley.position.Position;
import org.parley.position.PositionsService;

import java.io.ByteArrayInputStream;
import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one organisation said or endorsed, across documents and versions, with the answers: a delegate's
 * briefing.
 */
@Route(value = "positions/:organisation?", layout = MainLayout.class)
@AnonymousAllowed
public class PositionsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PositionsService positions;
    private final OrganisationService organisations;
    private final ComboBox<Organisation> organisation = new ComboBox<>();
    private final Grid<Position> grid = new Grid<>();
    private final Div download = new Div();
    private final Paragraph empty = new Paragraph();

    public PositionsView(PositionsService positions, OrganisationService organisations) {
        this.positions = positions;
        this.organisations = organisations;
        addClassName("positions-view");
        organisation.setLabel(getTranslation("positions.organisation"));
        // typed letters filter on the name or the short name; the list reads by kind (sections first), then name
        organisation.setItems((item, typed) -> matches(item, typed), organisations.organisations().stream()
                .sorted(Comparator.comparing(Organisation::kind).thenComparing(Organisation::name,
                        Collator.getInstance(getLocale()))).toList());
        organisation.setItemLabelGenerator(Organisation::name);
        organisation.setRenderer(new ComponentRenderer<>(o -> {
            Span kind = new Span(getTranslation("organisation.kind." + o.kind()));
            kind.addClassName("positions-organisation-kind");
            Div item = new Div(new Span(o.name()), kind);
            item.addClassName("positions-organisation-item");
            return item;
        }));
        organisation.setClearButtonVisible(true);
        organisation.setId("positions-organisation");
        organisation.setWidth("min(32rem, 100%)");
        organisation.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(PositionsView.class,
                        new RouteParameters(Map.of("organisation", e.getValue().shortName()))));
            }
        });
        configureGrid();
        empty.setId("positions-empty");
        download.addClassName("positions-downloads");
        add(new H1(getTranslation("positions.title")), organisation, download, grid, empty);
    }

    private void configureGrid() {
        grid.setId("positions");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addComponentColumn(p -> {
            Anchor where = new Anchor("documents/" + p.documentSlug() + "/v/" + p.versionNumber() + "#" + p.anchor(),
                    getTranslation("positions.where", p.documentTitle(), p.versionNumber(), p.paragraphNumber()));
            where.getElement().setAttribute("dir", "auto");
            return where;
        }).setHeader(getTranslation("positions.column.where")).setFlexGrow(2);
        grid.addColumn(p -> positions.kindLabel(p, getLocale())).setHeader(getTranslation(
                "positions.column.kind")).setWidth("9rem").setFlexGrow(1); // an endorsement names whose comment: it wraps
        grid.addComponentColumn(p -> {
            Span text = new Span(p.text());
            text.getElement().setAttribute("dir", "auto");
            return text;
        }).setHeader(getTranslation("positions.column.text")).setFlexGrow(4);
        grid.addColumn(p -> p.disposition() == null ? "" : getTranslation("disposition.kind." + p.disposition())
                + (p.reason() == null ? "" : ": " + p.reason()))
                .setHeader(getTranslation("positions.column.disposition")).setFlexGrow(2);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Organisation> chosen = event.getRouteParameters().get("organisation")
                .map(name -> URLDecoder.decode(name, StandardCharsets.UTF_8))
                .flatMap(organisations::findByShortName);
        organisation.setValue(chosen.orElse(null));
        download.removeAll();
        if (chosen.isEmpty()) {
            grid.setVisible(false);
            empty.setText(getTranslation("positions.choose"));
            return;
        }
        List<Position> said = positions.positions(chosen.get().id());
        grid.setItems(said);
        grid.setVisible(!said.isEmpty());
        empty.setText(said.isEmpty() ? getTranslation("positions.none") : "");
        long id = chosen.get().id();
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(e -> new DownloadResponse(
                new ByteArrayInputStream(positions.csv(id, getLocale())),
                "positions-" + chosen.get().shortName().replaceAll("[^A-Za-z0-9]+", "-") + ".csv", "text/csv", -1)),
                getTranslation("positions.download"));
        csv.setId("positions-csv");
        Anchor xlsx = new Anchor(DownloadHandler.fromInputStream(e -> new DownloadResponse(
                new ByteArrayInputStream(positions.xlsx(id, getLocale())),
                "positions-" + chosen.get().shortName().replaceAll("[^A-Za-z0-9]+", "-") + ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", -1)),
                getTranslation("positions.download-xlsx"));
        xlsx.setId("positions-xlsx");
        download.add(csv, xlsx);
    }

    private static boolean matches(Organisation organisation, String typed) {
        String wanted = folded(typed);
        return folded(organisation.name()).contains(wanted) || folded(organisation.shortName()).contains(wanted);
    }

    /** Lower case without accents: "bogota" finds "Bogotá". */
    private static String folded(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("positions.title");
    }
}

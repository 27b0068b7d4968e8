package org.parley.resolution.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.parley.base.ui.MainLayout;
import org.parley.document.DocumentNotFoundException;
import org.parley.document.DocumentService;
import org.parley.resolution.ResolutionFilter;
import org.parley.resolution.ResolutionMatrix;
import org.parley.resolution.ResolutionMatrixExport;
import org.parley.resolution.ResolutionMatrixService;
import org.parley.resolution.ResolutionRow;
import org.parley.security.CurrentUser;

import java.io.ByteArrayInputStream;
import java.util.function.Function;

/**
 * The resolution matrix of the round on a version: every comment with its answer and the paragraphs of the next
 * version that carry it, with filters and downloads of the whole or the filtered matrix. Editors see the answers
 * while they are written; other readers once the next version is published (the service decides).
 */
@Route(value = "documents/:slug/resolution/:version", layout = MainLayout.class)
@AnonymousAllowed
public class ResolutionMatrixView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ResolutionMatrixService matrices;
    private final ResolutionMatrixExport exports;
    private final DocumentService documents;
    private final CurrentUser currentUser;
    private final Grid<ResolutionRow> grid = new Grid<>();
    private final Span count = new Span();
    private ResolutionMatrix matrix;
    private ResolutionFilters filters;
    private GridListDataView<ResolutionRow> rows;
    private String title;

    public ResolutionMatrixView(ResolutionMatrixService matrices, ResolutionMatrixExport exports,
                                DocumentService documents, CurrentUser currentUser) {
        this.matrices = matrices;
        this.exports = exports;
        this.documents = documents;
        this.currentUser = currentUser;
        addClassName("resolution-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElseThrow(DocumentNotFoundException::new);
        int number = event.getRouteParameters().getInteger("version").orElseThrow(DocumentNotFoundException::new);
        matrix = matrices.matrix(slug, number);
        title = getTranslation("resolution.title", documents.document(slug).document().title(), number);
        render();
        filters.apply(event.getLocation().getQueryParameters());
        filter();
    }

    private void render() {
        removeAll();
        H1 heading = new H1(title);
        heading.getElement().setAttribute("dir", "auto");
        String base = "documents/" + matrix.slug();
        Div links = new Div(new Anchor(base + "/v/" + matrix.versionNumber(), getTranslation("resolution.back")));
        if (currentUser.canEdit()) {
            links.add(new Anchor(base + "/workbench/" + matrix.versionNumber(), getTranslation("workbench.link")));
        }
        links.add(downloads());
        links.addClassName("resolution-links");
        add(heading, links);
        if (matrix.nextVersionNumber() == null && !currentUser.canEdit()) {
            add(new Paragraph(getTranslation("resolution.answers-hidden")));
        }
        filters = new ResolutionFilters(matrix.rows(), this::filter);
        count.setId("resolution-count");
        configureGrid();
        add(filters, count, grid);
    }

    private void filter() {
        ResolutionFilter filter = filters.value();
        rows.setFilter(filter::matches);
        count.setText(getTranslation("resolution.count", rows.getItemCount(), matrix.rows().size()));
    }

    private Div downloads() {
        Div downloads = new Div(
                download("all-csv", "resolution.download.csv", false, m -> exports.csv(m, getLocale()), ".csv",
                        "text/csv"),
                download("all-xlsx", "resolution.download.xlsx", false, m -> exports.xlsx(m, getLocale()), ".xlsx",
                        XLSX),
                download("filtered-csv", "resolution.download.filtered-csv", true, m -> exports.csv(m, getLocale()),
                        ".csv", "text/csv"),
                download("filtered-xlsx", "resolution.download.filtered-xlsx", true,
                        m -> exports.xlsx(m, getLocale()), ".xlsx", XLSX));
        downloads.addClassName("resolution-downloads");
        return downloads;
    }

    /** The file is made when asked for, from the matrix as loaded and, if {@code filtered}, the current filter. */
    private Anchor download(String id, String label, boolean filtered, Function<ResolutionMatrix, byte[]> format,
                            String extension, String type) {
        String name = matrix.slug() + "-v" + matrix.versionNumber() + "-resolution" + (filtered ? "-filtered" : "");
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(format.apply(filtered ? matrix.filtered(filters.value()) : matrix)),
                name + extension, type, -1)), getTranslation(label));
        anchor.setId("download-" + id);
        return anchor;
    }

    private void configureGrid() {
        grid.setId("resolution-rows");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ResolutionRow::paragraphNumber).setHeader(getTranslation("resolution.column.paragraph"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> auto(r.organisation() != null ? r.organisation() : r.author()))
                .setHeader(getTranslation("resolution.column.organisation")).setFlexGrow(1);
        grid.addColumn(r -> getTranslation("comment.kind." + r.kind().name()))
                .setHeader(getTranslation("resolution.column.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::text).setHeader(getTranslation("resolution.column.text")).setFlexGrow(4);
        grid.addColumn(r -> r.disposition() == null ? getTranslation("resolution.unanswered")
                        : getTranslation("disposition.kind." + r.disposition().name()))
                .setHeader(getTranslation("resolution.column.disposition")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> auto(r.reason())).setHeader(getTranslation("resolution.column.reason"))
                .setFlexGrow(3);
        grid.addComponentColumn(this::resulting)
                .setHeader(getTranslation("resolution.column.resulting-paragraphs")).setAutoWidth(true)
                .setFlexGrow(0);
        rows = grid.setItems(matrix.rows());
    }

    private Component text(ResolutionRow row) {
        Div text = new Div(auto(row.text()));
        if (row.proposedText() != null) {
            Span proposed = auto(row.proposedText());
            proposed.addClassName("resolution-proposed");
            text.add(proposed);
        }
        return text;
    }

    /** Links into the next version, which the reading view scrolls to. */
    private Component resulting(ResolutionRow row) {
        Div links = new Div();
        for (String number : row.resultingParagraphs()) {
            links.add(new Anchor("documents/" + matrix.slug() + "/v/" + matrix.nextVersionNumber() + "#"
                    + org.parley.document.Paragraph.anchorFor(number), number), new Span(" "));
        }
        return links;
    }

    private static Span auto(String value) {
        Span span = new Span(value == null ? "" : value);
        span.getElement().setAttribute("dir", "auto");
        return span;
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("app.name") : title;
    }
}

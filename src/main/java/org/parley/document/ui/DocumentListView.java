package org.parley.document.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.parley.base.ui.MainLayout;
import org.parley.document.DocumentService;
import org.parley.document.DocumentSummary;
import org.parley.security.CurrentUser;

import java.util.List;

/** The documents the reader may open, with their latest visible version. */
@Route(value = "", layout = MainLayout.class)
@RouteAlias(value = "documents", layout = MainLayout.class)
@AnonymousAllowed
public class DocumentListView extends VerticalLayout implements HasDynamicTitle {

    private final DocumentService documents;
    private final Grid<DocumentSummary> grid = new Grid<>();

    public DocumentListView(DocumentService documents, CurrentUser currentUser) {
        this.documents = documents;
        addClassName("document-list-view");
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("documents.title")));
        header.setAlignItems(Alignment.BASELINE);
        if (currentUser.canEdit()) {
            Button importButton = new Button(getTranslation("documents.import"),
                    click -> new ImportDocumentDialog(documents, this::refresh).open());
            importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            importButton.setId("import-document");
            header.add(importButton);
        }
        configureGrid();
        add(header, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("documents");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(this::titleLink).setHeader(getTranslation("documents.column.title")).setFlexGrow(4);
        grid.addColumn(s -> getTranslation("version.label", s.latest().number()))
                .setHeader(getTranslation("documents.column.version")).setAutoWidth(true);
        grid.addColumn(s -> getTranslation("version.status." + s.latest().status()))
                .setHeader(getTranslation("documents.column.status")).setAutoWidth(true);
        grid.addColumn(s -> getTranslation("language." + s.document().sourceLanguage()))
                .setHeader(getTranslation("documents.column.language")).setAutoWidth(true);
        grid.addColumn(s -> getTranslation("version.paragraph-count", s.latest().paragraphCount()))
                .setHeader(getTranslation("documents.column.paragraphs")).setAutoWidth(true);
    }

    private RouterLink titleLink(DocumentSummary summary) {
        RouterLink link = new RouterLink(summary.document().title(), DocumentReadingView.class,
                DocumentReadingView.parameters(summary.document().slug(), summary.latest().number()));
        link.getElement().setAttribute("dir", "auto");
        link.addClassName("document-title");
        return link;
    }

    private void refresh() {
        List<DocumentSummary> summaries = documents.readableDocuments();
        grid.setItems(summaries);
        grid.setVisible(!summaries.isEmpty());
        getChildren().filter(c -> c.hasClassName("empty-hint")).toList().forEach(this::remove);
        if (summaries.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("documents.empty"));
            empty.addClassName("empty-hint");
            add(empty);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("documents.title") + " · " + getTranslation("app.name");
    }
}

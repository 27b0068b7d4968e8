package org.parley.workbench.ui;

import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.parley.comment.CommentQueryService;
import org.parley.disposition.RoundProgress;
import org.parley.drafting.DraftEditingService;
import org.parley.resolution.ResolutionMatrixExport;
import org.parley.resolution.ResolutionMatrixService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.parley.base.ui.MainLayout;
import org.parley.document.DocumentNotFoundException;
import org.parley.document.DocumentService;
import org.parley.document.DocumentSummary;
import org.parley.document.DocumentVersion;
import org.parley.disposition.DispositionService;
import org.parley.drafting.RevisionService;
import org.parley.disposition.RoundItem;

import java.util.List;
import java.util.Map;

/**
 * The editors' workbench for one consultation round: every comment of version n with its answer, the progress,
 * the next draft (copied or imported and aligned) and publishing it as a milestone.
 */
@Route(value = "documents/:slug/workbench/:version", layout = MainLayout.class)
@RolesAllowed({"ADMIN", "EDITOR"})
public class WorkbenchView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final DocumentService documents;
    private final DispositionService dispositions;
    private final RevisionService revisions;
    private final Grid<RoundItem> grid = new Grid<>();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Span pendingDrafts = new Span();
    private final RoundProgressPanel roundProgress = new RoundProgressPanel();
    private DocumentSummary summary;
    private DocumentVersion round;
    private DispositionEditor editor;
    private DraftParagraphEditor draftEditor;
    private final DraftEditingService drafting;
    private Long answeredLast;
    private boolean keepingSelection;

    private final ResolutionMatrixService matrices;
    private final ResolutionMatrixExport exports;
    private final CommentQueryService comments;

    public WorkbenchView(DocumentService documents, DispositionService dispositions, RevisionService revisions,
                         ResolutionMatrixService matrices,
                         ResolutionMatrixExport exports,
                         DraftEditingService drafting, CommentQueryService comments) {
        this.drafting = drafting;
        this.comments = comments;
        this.matrices = matrices;
        this.exports = exports;
        this.documents = documents;
        this.dispositions = dispositions;
        this.revisions = revisions;
        addClassName("workbench-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElseThrow(DocumentNotFoundException::new);
        int number = event.getRouteParameters().getInteger("version").orElseThrow(DocumentNotFoundException::new);
        summary = documents.document(slug);
        round = documents.version(slug, number);
        render();
    }

    private void render() {
        removeAll();
        H1 title = new H1(getTranslation("workbench.title", summary.document().title(), round.number()));
        title.getElement().setAttribute("dir", "auto");
        Anchor back = new Anchor("documents/" + summary.document().slug() + "/v/" + round.number(),
                getTranslation("workbench.back-to-text"));
        progress.setId("workbench-progress");
        progressText.setId("workbench-progress-text");
        progress.getElement().setAttribute("aria-labelledby", "workbench-progress-text"); // its accessible name
        Div header = new Div(title, back, new DraftActions(documents, dispositions, revisions, summary, round,
                this::reload), new Div(progressText, progress), pendingDrafts, downloads(), roundProgress);
        header.addClassName("workbench-header");
        if (grid.getColumns().isEmpty()) { // the grid outlives re-renders; its columns and listener are added once
            configureGrid();
        }
        editor = new DispositionEditor(documents, dispositions, summary, round, this::saved,
                () -> draftEditor != null && draftEditor.hasUnsavedText());
        draftEditor = new DraftParagraphEditor(drafting, summary, round, () -> editor.draftChanged(),
                paragraphId -> editor.amendmentApplied(paragraphId));
        Div body = new Div(grid, editor, draftEditor);
        body.addClassName("workbench-body");
        add(header, body);
        refresh();
    }

    /** The resolution matrix as the editor sees it now (answers included before publication). */
    private Div downloads() {
        String name = summary.document().slug() + "-v" + round.number() + "-resolution";
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event ->
                new DownloadResponse(new ByteArrayInputStream(exports.csv(
                        matrices.matrix(summary.document().slug(), round.number()), getLocale())),
                        name + ".csv", "text/csv", -1)), getTranslation("workbench.download.csv"));
        Anchor xlsx = new Anchor(DownloadHandler.fromInputStream(event ->
                new DownloadResponse(new ByteArrayInputStream(exports.xlsx(
                        matrices.matrix(summary.document().slug(), round.number()), getLocale())),
                        name + ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", -1)),
                getTranslation("workbench.download.xlsx"));
        Anchor compare = new Anchor("documents/" + summary.document().slug() + "/compare/" + round.number() + "/"
                + summary.latest().number(), getTranslation("workbench.compare"));
        Anchor screen = new Anchor("documents/" + summary.document().slug() + "/resolution/" + round.number(),
                getTranslation("resolution.link"));
        Div links = new Div(screen, csv, xlsx);
        if (summary.latest().number() > round.number()) {
            links.add(compare);
        }
        links.addClassName("workbench-downloads");
        return links;
    }

    private void configureGrid() {
        grid.setId("round-items");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(RoundItem::paragraphNumber).setHeader(getTranslation("workbench.column.paragraph"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> i.comment().organisation() == null ? i.comment().authorName()
                : i.comment().organisation().shortName()).setHeader(getTranslation("workbench.column.from"));
        grid.addColumn(i -> getTranslation("comment.kind." + i.comment().kind()))
                .setHeader(getTranslation("workbench.column.kind")).setAutoWidth(true);
        grid.addColumn(i -> i.answered() ? getTranslation("disposition.kind." + i.disposition().kind())
                : getTranslation("workbench.unanswered")).setHeader(getTranslation("workbench.column.answer"));
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (keepingSelection) {
                return;
            }
            if (e.isFromClient() && draftEditor.hasUnsavedText()) { // choosing another comment redraws the draft
                keepingSelection = true;
                grid.asSingleSelect().setValue(e.getOldValue());
                keepingSelection = false;
                draftEditor.refuseToLeave();
                return;
            }
            editor.show(e.getValue());
            draftEditor.show(e.getValue(), e.getValue() == null ? List.of() : grid.getListDataView().getItems()
                    .filter(i -> i.comment().paragraphId() == e.getValue().comment().paragraphId()).toList());
        });
    }

    private void saved(RoundItem item) {
        answeredLast = item.comment().id();
        reload();
    }

    private void reload() {
        summary = documents.document(summary.document().slug());
        round = documents.version(summary.document().slug(), round.number());
        render();
    }

    /** Loads the round once, and selects the next comment waiting for an answer. */
    private void refresh() {
        List<RoundItem> items = dispositions.round(round.id());
        grid.setItems(items);
        long answered = items.stream().filter(RoundItem::answered).count();
        progress.setValue(items.isEmpty() ? 1 : (double) answered / items.size());
        progressText.setText(getTranslation("workbench.progress", answered, items.size()));
        showPendingDrafts();
        roundProgress.show(summary.document().slug(), round.number(), RoundProgress.of(items));
        DispositionService.nextUnanswered(items, answeredLast).ifPresent(item -> select(item.comment().id()));
    }

    /** Drafts still inside organisations, waiting for a focal point: answers to come that the grid cannot show yet. */
    private void showPendingDrafts() {
        Map<String, Integer> pending = comments.draftsAwaitingApproval(round.id());
        int total = pending.values().stream().mapToInt(Integer::intValue).sum();
        pendingDrafts.setId("workbench-pending-drafts");
        pendingDrafts.setVisible(total > 0);
        pendingDrafts.setText(getTranslation("workbench.pending-drafts", total, String.join(", ",
                pending.entrySet().stream().map(e -> getTranslation("workbench.pending-drafts.paragraph", e.getKey(),
                        e.getValue())).toList())));
    }

    private void select(long commentId) {
        grid.getListDataView().getItems().filter(i -> i.comment().id() == commentId).findFirst()
                .ifPresent(grid::select);
    }

    @Override
    public String getPageTitle() {
        return summary == null ? getTranslation("app.name")
                : getTranslation("workbench.title", summary.document().title(), round.number());
    }
}

package org.parley.comparison.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.parley.base.ui.MainLayout;
import org.parley.document.DocumentNotFoundException;
import org.parley.base.WordDiff;
import org.parley.comparison.Comparison;
import org.parley.comparison.ComparisonService;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Two versions of a document aligned by lineage, side by side or inline, with inserted and deleted words
 * marked and a marker per paragraph; "changed only" hides unchanged paragraphs. {@code …#p-12} scrolls to the
 * row of paragraph 12 of the newer version ({@code #p-3-removed} to a removed paragraph).
 */
@Route(value = "documents/:slug/compare/:a/:b", layout = MainLayout.class)
@AnonymousAllowed
public class ComparisonView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    enum Mode { SIDE_BY_SIDE, INLINE }

    private final ComparisonService comparisons;
    private Comparison comparison;
    private Mode mode = Mode.SIDE_BY_SIDE;
    private boolean changedOnly;
    private String target;
    private final Div rows = new Div();

    public ComparisonView(ComparisonService comparisons) {
        this.comparisons = comparisons;
        addClassName("comparison-view");
        rows.addClassName("comparison-rows");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElseThrow(DocumentNotFoundException::new);
        int a = number(event, "a");
        int b = number(event, "b");
        comparison = comparisons.compare(slug, a, b);
        // two changes among 49 paragraphs are what the reader came for; with no change, the whole text
        changedOnly = comparison.rows().stream().anyMatch(row -> row.marker().changed());
        render();
    }

    private static int number(BeforeEnterEvent event, String name) {
        try {
            return Integer.parseInt(event.getRouteParameters().get(name).orElse(""));
        } catch (NumberFormatException e) {
            throw new DocumentNotFoundException();
        }
    }

    private void render() {
        removeAll();
        H1 title = new H1(getTranslation("comparison.title", comparison.olderNumber(), comparison.newerNumber()));
        title.addClassName("comparison-heading");
        RadioButtonGroup<Mode> modes = new RadioButtonGroup<>();
        modes.setId("comparison-mode");
        modes.setAriaLabel(getTranslation("comparison.mode"));
        modes.setItems(Mode.values());
        modes.setItemLabelGenerator(m -> getTranslation("comparison.mode." + m.name()));
        modes.setValue(mode);
        modes.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                mode = e.getValue();
                renderRows();
            }
        });
        Checkbox onlyChanged = new Checkbox(getTranslation("comparison.changed-only"), changedOnly);
        onlyChanged.setId("comparison-changed-only");
        onlyChanged.addValueChangeListener(e -> {
            changedOnly = e.getValue();
            renderRows();
        });
        long changes = comparison.rows().stream().filter(r -> r.marker().changed()).count();
        Span summary = new Span(getTranslation("comparison.summary", changes, comparison.rows().size()));
        summary.addClassName("comparison-summary");
        Div controls = new Div(modes, onlyChanged, summary, versionLink(comparison.olderNumber()),
                versionLink(comparison.newerNumber()));
        controls.addClassName("comparison-controls");
        add(title, controls, rows);
        renderRows();
    }

    private Anchor versionLink(int number) {
        Anchor link = new Anchor("documents/" + comparison.slug() + "/v/" + number,
                getTranslation("comparison.open-version", number));
        link.addClassName("comparison-version-link");
        return link;
    }

    private void renderRows() {
        rows.removeAll();
        rows.getElement().setAttribute("data-mode", mode.name().toLowerCase());
        int shown = 0;
        for (Comparison.Row row : comparison.rows()) {
            if (changedOnly && !row.marker().changed() && !row.anchor().equals(target)) {
                continue;
            }
            rows.add(row(row));
            shown++;
        }
        if (shown == 0) {
            Span none = new Span(getTranslation("comparison.no-changes"));
            none.addClassName("comparison-empty");
            rows.add(none);
        }
    }

    private Component row(Comparison.Row row) {
        Div line = new Div();
        line.setId(row.anchor());
        line.addClassNames("comparison-row", "marker-" + row.marker().name().toLowerCase());
        if (row.anchor().equals(target)) {
            line.addClassName("targeted");
        }
        Span marker = new Span(getTranslation("comparison.marker." + row.marker().name()));
        marker.addClassName("change-marker");
        line.add(marker);
        if (mode == Mode.INLINE) {
            Div both = new Div(numbers(row), text(row.diff(), true, true));
            both.addClassName("comparison-inline");
            line.add(both);
        } else {
            Div older = new Div();
            older.addClassName("comparison-older");
            if (!row.older().isEmpty()) {
                older.add(new Span(row.older().stream().map(Comparison.Side::number)
                        .collect(Collectors.joining(" + "))), text(row.diff(), true, false));
                older.getComponentAt(0).getElement().getClassList().add("paragraph-number");
            }
            Div newer = new Div();
            newer.addClassName("comparison-newer");
            if (row.newer() != null) {
                Span number = new Span(row.newer().number());
                number.addClassName("paragraph-number");
                newer.add(number, text(row.diff(), false, true));
            }
            line.add(older, newer);
        }
        return line;
    }

    private Span numbers(Comparison.Row row) {
        String before = row.older().stream().map(Comparison.Side::number).collect(Collectors.joining(" + "));
        String after = row.newer() == null ? "" : row.newer().number();
        Span numbers = new Span(before.isEmpty() ? after : after.isEmpty() || before.equals(after) ? before
                : before + " → " + after);
        numbers.addClassName("paragraph-number");
        return numbers;
    }

    /** The diff as text, inserted and deleted runs as {@code <ins>}/{@code <del>} components. */
    private static Span text(List<WordDiff.Segment> diff, boolean withDeleted, boolean withInserted) {
        Span text = new Span();
        text.addClassName("comparison-text");
        text.getElement().setAttribute("dir", "auto");
        for (WordDiff.Segment segment : diff) {
            switch (segment.change()) {
                case SAME -> text.add(new Text(segment.text()));
                case DELETED -> {
                    if (withDeleted) {
                        text.add(new Del(segment.text()));
                    }
                }
                case INSERTED -> {
                    if (withInserted) {
                        text.add(new Ins(segment.text()));
                    }
                }
            }
        }
        return text;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (comparison == null) {
            return;
        }
        attachEvent.getUI().getPage().fetchCurrentURL(url -> {
            if (url.getRef() != null) {
                showAnchor(url.getRef());
            }
        });
        getElement().executeJs("const view = this;"
                + "if (window.parleyCompareHashListener) "
                + "window.removeEventListener('hashchange', window.parleyCompareHashListener);"
                + "window.parleyCompareHashListener = () => { if (view.isConnected) "
                + "view.$server.showAnchor(decodeURIComponent(location.hash.substring(1))); };"
                + "window.addEventListener('hashchange', window.parleyCompareHashListener);");
    }

    /** Highlights the row of {@code p-…} (shown even under "changed only") and scrolls to it. */
    @ClientCallable
    void showAnchor(String anchor) {
        if (comparison == null || anchor == null
                || comparison.rows().stream().noneMatch(r -> r.anchor().equals(anchor))) {
            return;
        }
        target = anchor;
        renderRows();
        rows.getElement().executeJs("const row = document.getElementById($0); if (row) row.scrollIntoView();",
                anchor);
    }

    /** The rows on screen, for tests. */
    List<Component> shownRows() {
        return rows.getChildren().filter(c -> c.getClassNames().contains("comparison-row")).toList();
    }

    @Override
    public String getPageTitle() {
        if (comparison == null) {
            return getTranslation("app.name");
        }
        return getTranslation("comparison.title", comparison.olderNumber(), comparison.newerNumber());
    }
}

package org.parley.search.ui;

import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.parley.base.UserFacingException;
import org.parley.base.ui.MainLayout;
import org.parley.search.SearchFacet;
import org.parley.search.SearchRequest;
import org.parley.search.SearchResults;
import org.parley.search.SearchService;
import org.parley.search.SearchSort;

import java.util.Locale;

/**
 * The search page: the query, facets to narrow it, the results with highlighted snippets, order and pages.
 * Everything lives in the URL ({@code search?q=logement&document=note-c2c&page=2}), so results can be shared.
 */
@Route(value = "search", layout = MainLayout.class)
@AnonymousAllowed
public class SearchView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final int PAGE_SIZE = 10;
    private final SearchService search;
    private final TextField queryField = new TextField();
    private final Div facets = new Div();
    private final Div results = new Div();
    private SearchState state = SearchState.of(SearchRequest.of(""));

    public SearchView(SearchService search) {
        this.search = search;
        addClassName("search-view");
        queryField.setId("search-query");
        queryField.setAriaLabel(getTranslation("search.box.label"));
        queryField.setValue("");
        queryField.setClearButtonVisible(true);
        queryField.addKeyPressListener(Key.ENTER, e -> go(state.withQuery(queryField.getValue())));
        queryField.getElement().setAttribute("dir", "auto");
        Button searchButton = new Button(getTranslation("search.title"), e -> go(state.withQuery(queryField.getValue())));
        searchButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(queryField, searchButton);
        form.addClassName("search-form");
        form.setFlexGrow(1, queryField);
        Paragraph help = new Paragraph(getTranslation("search.help"));
        help.addClassName("search-help");
        facets.addClassName("search-facets");
        results.addClassName("search-results");
        Div body = new Div(facets, results);
        body.addClassName("search-body");
        add(new H1(getTranslation("search.title")), form, help, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        state = SearchState.from(event.getLocation().getQueryParameters(), PAGE_SIZE);
        queryField.setValue(state.request().query());
        show();
    }

    private void go(SearchState next) {
        getUI().ifPresent(ui -> ui.navigate(SearchView.class, next.toQueryParameters()));
    }

    private void show() {
        facets.removeAll();
        results.removeAll();
        if (state.request().query().isBlank()) {
            return;
        }
        SearchResults found;
        try {
            found = search.search(state.request().withReaderLanguage(getLocale().getLanguage()));
        } catch (UserFacingException refused) {
            results.add(notice(getTranslation(refused.messageKey(), refused.arguments())));
            return;
        }
        facets.add(new FacetPanel(found.facets(), state.request().filters(), this::translateValue,
                (facet, value) -> go(state.withFilter(facet, value)), () -> go(state.withoutFilters())));
        if (found.notice() != null) {
            results.add(notice(getTranslation(found.notice())));
            if (found.hits().isEmpty()) {
                return;
            }
        }
        results.add(summaryLine(found));
        if (found.hits().isEmpty()) {
            results.add(notice(getTranslation("search.results.none")));
        }
        found.hits().forEach(hit -> results.add(new SearchHitCard(hit, this::translateValue)));
        results.add(pager(found));
    }

    private HorizontalLayout summaryLine(SearchResults found) {
        Span count = new Span(getTranslation("search.results.count", found.total()));
        count.setId("search-count");
        Select<SearchSort> sort = new Select<>();
        sort.setId("search-sort");
        sort.setAriaLabel(getTranslation("search.sort.label"));
        sort.setItems(SearchSort.values());
        sort.setItemLabelGenerator(s -> getTranslation("search.sort." + s.name()));
        sort.setValue(state.request().sort());
        sort.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(state.withSort(e.getValue()));
            }
        });
        HorizontalLayout line = new HorizontalLayout(count, sort);
        line.addClassName("search-summary");
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        return line;
    }

    private HorizontalLayout pager(SearchResults found) {
        int page = found.page();
        int pages = Math.max(1, found.pageCount());
        Button previous = new Button(getTranslation("search.page.previous"), e -> go(state.withPage(page - 1)));
        previous.setEnabled(page > 0);
        previous.setId("search-previous");
        Button next = new Button(getTranslation("search.page.next"), e -> go(state.withPage(page + 1)));
        next.setEnabled(page + 1 < pages);
        next.setId("search-next");
        HorizontalLayout pager = new HorizontalLayout(previous,
                new Span(getTranslation("search.page.of", page + 1, pages)), next);
        pager.addClassName("search-pager");
        pager.setAlignItems(FlexComponent.Alignment.BASELINE);
        return pager;
    }

    private static Paragraph notice(String text) {
        Paragraph notice = new Paragraph(text);
        notice.addClassName("search-notice");
        return notice;
    }

    /** Facet values that are codes (languages, types, kinds, answers) shown in the reader's language. */
    String translateValue(SearchFacet facet, String value, String label) {
        String code = value.toUpperCase(Locale.ROOT);
        return switch (facet) {
            case LANGUAGE -> getTranslation("language." + value);
            case TYPE -> getTranslation("search.type." + value);
            case VERSION -> getTranslation("version.label", value);
            case ORGANISATION_KIND -> getTranslation("search.kind." + code);
            case COMMENT_KIND -> getTranslation("comment.kind." + code);
            case DISPOSITION -> getTranslation("disposition.kind." + code);
            default -> label;
        };
    }


    @Override
    public String getPageTitle() {
        return getTranslation("search.title") + " · " + getTranslation("app.name");
    }
}

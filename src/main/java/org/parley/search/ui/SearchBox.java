package org.parley.search.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import org.parley.search.SearchService;

import java.util.List;
import java.util.stream.Stream;

/**
 * The search box of the header: suggestions complete the last word as you type; Enter or a suggestion opens
 * the search page ({@code search?q=...}).
 */
class SearchBox extends ComboBox<String> {

    static final String SEARCH_ROUTE = "search";

    SearchBox(SearchService search) {
        addClassName("header-search");
        setId("header-search");
        setPlaceholder(getTranslation("search.box.placeholder"));
        setAriaLabel(getTranslation("search.box.label"));
        setPrefixComponent(VaadinIcon.SEARCH.create());
        setAllowCustomValue(true);
        setAutoOpen(true);
        setItems(query -> suggestions(search, query.getFilter().orElse(""))
                .skip(query.getOffset()).limit(query.getLimit()));
        addCustomValueSetListener(event -> open(event.getDetail()));
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                open(event.getValue());
            }
        });
    }

    /** The whole text typed with its last word completed, so that choosing a suggestion keeps the other words. */
    private static Stream<String> suggestions(SearchService search, String typed) {
        if (typed.isBlank() || typed.endsWith(" ")) {
            return Stream.empty();
        }
        String head = typed.contains(" ") ? typed.substring(0, typed.lastIndexOf(' ') + 1) : "";
        List<String> words = search.suggest(typed);
        return words.stream().map(word -> head + word);
    }

    private void open(String query) {
        if (query == null || query.isBlank()) {
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(SEARCH_ROUTE, QueryParameters.of("q", query.strip())));
        clear();
    }
}

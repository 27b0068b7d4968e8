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

    private final SearchService search;
    /** The count and the fetch of one keystroke ask for the same text: the index is asked once. */
    private String suggestedFor;
    private List<String> suggested = List.of();

    SearchBox(SearchService search) {
        addClassName("header-search");
        setId("header-search");
        setPlaceholder(getTranslation("search.box.placeholder"));
        setAriaLabel(getTranslation("search.box.label"));
        setPrefixComponent(VaadinIcon.SEARCH.create());
        setAllowCustomValue(true);
        setAutoOpen(true);
        this.search = search;
        // with a count, the list has exactly its suggestions (a lazy list without one pads with blank rows)
        setItems(query -> suggestionsFor(query.getFilter().orElse("")).stream()
                        .skip(query.getOffset()).limit(query.getLimit()),
                query -> suggestionsFor(query.getFilter().orElse("")).size());
        addCustomValueSetListener(event -> open(event.getDetail()));
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                open(event.getValue());
            }
        });
    }

    private List<String> suggestionsFor(String typed) {
        if (!typed.equals(suggestedFor)) {
            suggested = suggestions(search, typed).toList();
            suggestedFor = typed;
        }
        return suggested;
    }

    /** The whole text typed with its last word completed, so that choosing a suggestion keeps the other words. */
    private static Stream<String> suggestions(SearchService search, String typed) {
        if (typed.isBlank() || typed.endsWith(" ")) {
            return Stream.empty();
        }
        String head = typed.contains(" ") ? typed.substring(0, typed.lastIndexOf(' ') + 1) : "";
        String last = typed.substring(head.length());
        List<String> words = search.suggest(typed);
        // the word as typed is not a suggestion: Enter already searches for it
        return words.stream().filter(word -> !word.equalsIgnoreCase(last)).map(word -> head + word);
    }

    private void open(String query) {
        if (query == null || query.isBlank()) {
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(SEARCH_ROUTE, QueryParameters.of("q", query.strip())));
        clear();
        // a typed text that was never a value stays in the input after clear(): the next search starts empty
        getElement().executeJs("this.filter = ''; if (this.inputElement) { this.inputElement.value = ''; }");
    }
}

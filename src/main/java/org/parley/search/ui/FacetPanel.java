package org.parley.search.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.parley.search.FacetCount;
import org.parley.search.SearchFacet;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** Facets with counts; a value narrows the search, a chosen value (marked) widens it again. */
class FacetPanel extends Div {

    interface Labels {
        String label(SearchFacet facet, String value, String label);
    }

    FacetPanel(List<FacetCount> facets, Map<SearchFacet, String> chosen, Labels labels,
               BiConsumer<SearchFacet, String> choose, Runnable clear) {
        addClassName("facet-panel");
        if (!chosen.isEmpty()) {
            Button clearAll = new Button(getTranslation("search.facets.clear"), e -> clear.run());
            clearAll.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            clearAll.setId("search-clear-filters");
            add(clearAll);
        }
        for (FacetCount facet : facets) {
            Div values = new Div();
            values.addClassName("facet-values");
            for (FacetCount.Value value : facet.values()) {
                boolean selected = value.value().equals(chosen.get(facet.facet()));
                Span label = new Span(labels.label(facet.facet(), value.value(), value.label()));
                label.getElement().setAttribute("dir", "auto");
                Span count = new Span(Long.toString(value.count()));
                count.addClassName("facet-count");
                Button button = new Button();
                button.getElement().appendChild(label.getElement(), count.getElement());
                button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                button.addClassName("facet-value");
                button.getElement().setAttribute("aria-pressed", Boolean.toString(selected));
                if (selected) {
                    button.addClassName("selected");
                }
                button.addClickListener(e -> choose.accept(facet.facet(), selected ? null : value.value()));
                values.add(button);
            }
            Details details = new Details(getTranslation("search.facet." + facet.facet().dimension()), values);
            details.setOpened(true);
            details.addClassName("facet");
            details.setId("facet-" + facet.facet().dimension());
            add(details);
        }
    }
}

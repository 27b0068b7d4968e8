package org.parley.resolution.ui;

import java.util.Optional;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import org.parley.comment.CommentKind;
import org.parley.disposition.DispositionKind;
import org.parley.resolution.ResolutionFilter;
import org.parley.resolution.ResolutionRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The filter bar of the resolution matrix: organisation, kind of comment, disposition (or not answered), section
 * and free text. The choices offered are those that occur in the round; query parameters of the same names set
 * the first filter (the workbench's progress links use them).
 */
class ResolutionFilters extends Div {

    final ComboBox<String> organisation = new ComboBox<>();
    final ComboBox<CommentKind> kind = new ComboBox<>();
    final ComboBox<String> disposition = new ComboBox<>();
    final ComboBox<String> section = new ComboBox<>();
    final TextField text = new TextField();

    ResolutionFilters(List<ResolutionRow> rows, Runnable changed) {
        addClassName("resolution-filters");
        organisation.setId("filter-organisation");
        organisation.setLabel(getTranslation("resolution.filter.organisation"));
        organisation.setItems(distinct(rows.stream().map(ResolutionRow::organisation)));
        kind.setId("filter-kind");
        kind.setLabel(getTranslation("resolution.filter.kind"));
        kind.setItems(rows.stream().map(ResolutionRow::kind).distinct().sorted().toList());
        kind.setItemLabelGenerator(k -> getTranslation("comment.kind." + k.name()));
        disposition.setId("filter-disposition");
        disposition.setLabel(getTranslation("resolution.filter.disposition"));
        List<String> dispositions = new ArrayList<>(List.of(ResolutionFilter.UNANSWERED));
        Stream.of(DispositionKind.values()).map(Enum::name).forEach(dispositions::add);
        disposition.setItems(dispositions);
        disposition.setItemLabelGenerator(d -> ResolutionFilter.UNANSWERED.equals(d)
                ? getTranslation("resolution.unanswered") : getTranslation("disposition.kind." + d));
        section.setId("filter-section");
        section.setLabel(getTranslation("resolution.filter.section"));
        section.setItems(distinct(rows.stream().map(ResolutionRow::section)));
        text.setId("filter-text");
        text.setLabel(getTranslation("resolution.filter.text"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        Stream.of(organisation, disposition, section).forEach(c -> c.setClearButtonVisible(true));
        kind.setClearButtonVisible(true);
        organisation.addValueChangeListener(e -> changed.run());
        kind.addValueChangeListener(e -> changed.run());
        disposition.addValueChangeListener(e -> changed.run());
        section.addValueChangeListener(e -> changed.run());
        text.addValueChangeListener(e -> changed.run());
        add(organisation, kind, disposition, section, text);
    }

    /** Sets the filters named in the address, ignoring values that do not occur in this round. */
    void apply(QueryParameters parameters) {
        set(organisation, parameters.getSingleParameter("organisation"));
        set(section, parameters.getSingleParameter("section"));
        set(disposition, parameters.getSingleParameter("disposition"));
        parameters.getSingleParameter("text").ifPresent(text::setValue);
    }

    private static void set(ComboBox<String> field, Optional<String> value) {
        value.filter(v -> field.getListDataView().getItems().anyMatch(v::equals)).ifPresent(field::setValue);
    }

    ResolutionFilter value() {
        String search = text.getValue() == null || text.getValue().isBlank() ? null : text.getValue();
        return new ResolutionFilter(organisation.getValue(), kind.getValue(), disposition.getValue(),
                section.getValue(), search);
    }

    private static List<String> distinct(Stream<String> values) {
        return values.filter(Objects::nonNull).distinct().sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }
}

package org.parley.workbench.ui;

import java.util.ArrayList;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import org.parley.base.UserFacingException;
import org.parley.document.DocumentService;
import org.parley.document.ParagraphTextHtml;
import org.parley.drafting.MappingCorrection;
import org.parley.drafting.ProposedParagraph;
import org.parley.drafting.RevisionProposal;
import org.parley.drafting.RevisionService;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The automatic mapping of a revised draft onto the current version, for the editor to confirm or correct
 * paragraph by paragraph before anything is saved.
 */
class MappingReviewDialog extends Dialog {

    private final Map<Integer, Optional<Long>> corrections = new HashMap<>();
    private final Map<Long, String> oldNumbers = new HashMap<>();
    private final Span error = new Span();

    MappingReviewDialog(DocumentService documents, RevisionService revisions, RevisionProposal proposal,
                        Runnable accepted) {
        setHeaderTitle(getTranslation("workbench.mapping.title", proposal.basedOnNumber()));
        setId("mapping-dialog");
        setWidth("min(60rem, 95vw)");
        documents.allParagraphs(documents.version(proposal.documentSlug(), proposal.basedOnNumber()))
                .forEach(p -> oldNumbers.put(p.id(), p.number()));
        Grid<ProposedParagraph> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ProposedParagraph::number).setHeader(getTranslation("workbench.mapping.new")).setAutoWidth(true);
        grid.addColumn(p -> excerpt(p.text())).setHeader(getTranslation("workbench.mapping.text")).setFlexGrow(3);
        grid.addColumn(p -> p.change() == null ? getTranslation("change.NEW") : getTranslation("change." + p.change()))
                .setHeader(getTranslation("workbench.mapping.change")).setAutoWidth(true);
        grid.addComponentColumn(this::predecessorSelect).setHeader(getTranslation("workbench.mapping.old"));
        grid.setItems(proposal.paragraphs());
        grid.setHeight("50vh");
        error.addClassName("form-error");
        add(new Paragraph(getTranslation("workbench.mapping.deleted", proposal.deletedPredecessorIds().size())), grid,
                error);
        Button accept = new Button(getTranslation("workbench.mapping.accept"), click -> {
            try {
                revisions.acceptProposal(proposal.importId(), corrections.entrySet().stream()
                        .map(e -> new MappingCorrection(e.getKey(), e.getValue().map(List::of).orElse(List.of())))
                        .toList());
                close();
                accepted.run();
            } catch (UserFacingException refusal) {
                error.setText(getTranslation(refusal.messageKey(), refusal.arguments()));
            }
        });
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setId("mapping-accept");
        getFooter().add(new Button(getTranslation("import.cancel"), click -> close()), accept);
    }

    private Select<Optional<Long>> predecessorSelect(ProposedParagraph paragraph) {
        Select<Optional<Long>> select = new Select<>();
        List<Optional<Long>> choices = new ArrayList<>();
        choices.add(Optional.empty());
        oldNumbers.keySet().stream().sorted().forEach(id -> choices.add(Optional.of(id)));
        select.setItems(choices);
        select.setItemLabelGenerator(o -> o.map(oldNumbers::get).orElse(getTranslation("change.NEW")));
        select.setValue(paragraph.predecessorIds().isEmpty() ? Optional.empty()
                : Optional.of(paragraph.predecessorIds().get(0)));
        select.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                corrections.put(paragraph.index(), e.getValue());
            }
        });
        return select;
    }

    private static String excerpt(String text) {
        String plain = ParagraphTextHtml.toPlainText(text);
        return plain.length() <= 160 ? plain : plain.substring(0, 159) + "…";
    }
}

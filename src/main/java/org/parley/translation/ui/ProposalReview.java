package org.parley.translation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.parley.translation.ProposedHeading;
import org.parley.translation.ProposedTranslation;
import org.parley.translation.TranslatedParagraph;
import org.parley.translation.TranslationProposal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The proposed pairs of an imported translation, each editable, uncertain ones marked; the paragraphs of the file
 * nobody took are listed so the translator can place them. Nothing is saved until "Save the translation".
 */
class ProposalReview extends Div {

    record Accepted(List<TranslatedParagraph> paragraphs, List<TranslatedParagraph> headings) {
    }

    private final Map<Long, TextArea> paragraphs = new LinkedHashMap<>();
    private final Map<Long, TextField> headings = new LinkedHashMap<>();

    ProposalReview(TranslationProposal proposal, Consumer<Accepted> accept) {
        addClassName("proposal-review");
        Paragraph summary = new Paragraph(getTranslation("translate.review.summary",
                getTranslation("translate.review.method." + proposal.method()), proposal.sourceCount(),
                proposal.translatedCount(), proposal.uncertainCount()));
        summary.setId("review-summary");
        add(summary);
        for (ProposedHeading h : proposal.headings()) {
            TextField field = new TextField(h.sourceHeading());
            field.setValue(h.proposedHeading() == null ? "" : h.proposedHeading());
            field.getElement().setAttribute("dir", "auto");
            field.setWidthFull();
            if (h.uncertain()) {
                field.addClassName("uncertain");
            }
            headings.put(h.sectionId(), field);
            add(field);
        }
        for (ProposedTranslation p : proposal.paragraphs()) {
            add(row(p));
        }
        if (!proposal.unplaced().isEmpty()) {
            Div unplaced = new Div(new Span(getTranslation("translate.review.unplaced")));
            unplaced.setId("review-unplaced");
            proposal.unplaced().forEach(text -> unplaced.add(new Paragraph(text)));
            add(unplaced);
        }
        Button save = new Button(getTranslation("translate.review.accept"), e -> accept.accept(accepted()));
        save.setId("accept-translation");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(save);
    }

    private Div row(ProposedTranslation p) {
        Span number = new Span(p.number());
        number.addClassName("paragraph-number");
        Div source = new Div(new Span(p.sourceText()));
        source.getElement().setAttribute("dir", "auto");
        source.addClassName("review-source");
        TextArea text = new TextArea();
        text.setValue(p.proposedText() == null ? "" : p.proposedText());
        text.getElement().setAttribute("dir", "auto");
        text.setWidthFull();
        paragraphs.put(p.paragraphId(), text);
        Div row = new Div(number, source, text);
        row.addClassName("review-row");
        if (p.uncertain()) {
            row.addClassName("uncertain");
            row.add(new Span(getTranslation("translate.review.check")));
        }
        return row;
    }

    Accepted accepted() {
        List<TranslatedParagraph> texts = new ArrayList<>();
        paragraphs.forEach((id, area) -> texts.add(new TranslatedParagraph(id, area.getValue())));
        List<TranslatedParagraph> titles = new ArrayList<>();
        headings.forEach((id, field) -> titles.add(new TranslatedParagraph(id, field.getValue())));
        return new Accepted(texts, titles);
    }
}

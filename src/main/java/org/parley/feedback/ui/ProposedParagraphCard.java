package org.parley.feedback.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import org.parley.base.ui.WordDiffView;
import org.parley.comment.CommentKind;
import org.parley.feedback.FeedbackItem;
import org.parley.feedback.ProposedFeedback;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a Word file proposes on one paragraph: each item with a tick box (ticked), an amendment as the word diff
 * of the paragraph, a comment with its passage marked in the paragraph's text, a reply indented under its comment.
 */
class ProposedParagraphCard extends Div {

    private final Map<Integer, Checkbox> ticks = new LinkedHashMap<>();

    ProposedParagraphCard(ProposedFeedback paragraph) {
        addClassName("feedback-paragraph");
        getElement().setAttribute("data-paragraph", paragraph.number());
        add(new H3(getTranslation("feedback.review.paragraph", paragraph.number())));
        for (FeedbackItem item : paragraph.items()) {
            add(item(paragraph, item));
        }
    }

    List<Integer> ticked() {
        return ticks.entrySet().stream().filter(e -> e.getValue().getValue()).map(Map.Entry::getKey).toList();
    }

    private Div item(ProposedFeedback paragraph, FeedbackItem item) {
        String authors = String.join(", ", item.authors());
        Checkbox tick = new Checkbox(getTranslation("feedback.review.item",
                getTranslation(item.replyTo() == null ? "comment.kind." + item.kind() : "feedback.review.reply"),
                authors.isEmpty() ? "—" : authors), true);
        tick.setId("feedback-item-" + item.id());
        ticks.put(item.id(), tick);
        Div card = new Div(tick);
        card.addClassName("feedback-item");
        if (item.replyTo() != null) {
            card.addClassName("feedback-reply");
        }
        if (item.kind() == CommentKind.AMENDMENT) {
            card.add(new WordDiffView(paragraph.text(), item.proposedText()));
        } else if (item.quote() != null) {
            card.add(passage(paragraph.text(), item.quote(), item.quoteStart()));
        }
        Paragraph body = new Paragraph(item.body());
        body.addClassName("feedback-body");
        body.getStyle().set("white-space", "pre-line");
        card.add(body);
        return card;
    }

    /** The paragraph's text with the commented passage marked, as text (never HTML). */
    private static Div passage(String text, String quote, Integer start) {
        Div passage = new Div();
        passage.addClassName("feedback-passage");
        int at = start != null && start >= 0 && text.startsWith(quote, start) ? start : text.indexOf(quote);
        if (at < 0) {
            passage.setText(quote);
            return passage;
        }
        passage.getElement().appendChild(Element.createText(text.substring(0, at)),
                new Element("mark").setText(quote), Element.createText(text.substring(at + quote.length())));
        return passage;
    }
}

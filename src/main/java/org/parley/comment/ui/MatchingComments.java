package org.parley.comment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.parley.base.ui.BidiText;
import org.parley.comment.Comment;
import org.parley.comment.CommentFilter;
import org.parley.document.Paragraph;
import org.parley.document.ParagraphTextHtml;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;

/**
 * Beside the text while a document filter is on ("my comments", an organisation's, the unanswered…): the matching
 * comments in the order of the text, each a link to its thread, and previous/next to go from one matching
 * paragraph to the next.
 */
class MatchingComments extends Div {

    static final int LISTED = 100;

    private final LongFunction<Paragraph> paragraphs;
    private final LongSupplier openParagraph;
    private final H2 heading = new H2();
    private final Div list = new Div();
    private List<Paragraph> matchingParagraphs = List.of();
    private long lastParagraphId = -1;

    /**
     * @param paragraphs    a paragraph of this version by id
     * @param openParagraph the id of the paragraph whose thread is open, or -1
     */
    MatchingComments(LongFunction<Paragraph> paragraphs, LongSupplier openParagraph) {
        this.paragraphs = paragraphs;
        this.openParagraph = openParagraph;
        addClassName("matching-comments");
        setId("matching-comments");
        getElement().setAttribute("role", "navigation");
        getElement().setAttribute("aria-labelledby", "matching-title");
        heading.setId("matching-title");
        Button previous = step(VaadinIcon.ARROW_UP, "comment.matching.previous", "matching-previous", -1);
        Button next = step(VaadinIcon.ARROW_DOWN, "comment.matching.next", "matching-next", 1);
        Div top = new Div(heading, previous, next);
        top.addClassName("matching-top");
        list.addClassName("matching-list");
        add(top, list);
        setVisible(false);
    }

    /** The comments matching the document filter (replies leave them out: a reply is read in its thread). */
    void show(CommentFilter filter, List<Comment> matching) {
        if (filter.equals(CommentFilter.ALL)) {
            setVisible(false);
            matchingParagraphs = List.of();
            return;
        }
        Map<Long, List<Comment>> byParagraph = new LinkedHashMap<>();
        matching.stream().filter(comment -> !comment.isReply())
                .forEach(comment -> byParagraph.computeIfAbsent(comment.paragraphId(), id -> new ArrayList<>())
                        .add(comment));
        matchingParagraphs = byParagraph.keySet().stream().map(paragraphs::apply)
                .sorted(Comparator.comparingInt(Paragraph::ordinal)).toList();
        int count = byParagraph.values().stream().mapToInt(List::size).sum();
        heading.setText(getTranslation("comment.matching.title", count, matchingParagraphs.size()));
        list.removeAll();
        int listed = 0;
        for (Paragraph paragraph : matchingParagraphs) {
            for (Comment comment : byParagraph.get(paragraph.id())) {
                if (listed++ < LISTED) {
                    list.add(entry(paragraph, comment));
                }
            }
        }
        if (count > LISTED) {
            list.add(new Span(getTranslation("comment.matching.more", count - LISTED)));
        }
        setVisible(true);
    }

    private Anchor entry(Paragraph paragraph, Comment comment) {
        Anchor entry = new Anchor("#" + paragraph.anchor() + "/comments");
        entry.getElement().setAttribute("router-ignore", true);
        entry.addClassName("matching-entry");
        Span number = new Span(getTranslation("comment.matching.paragraph", paragraph.number()));
        number.addClassName("matching-number");
        Span kind = new Span(getTranslation("comment.kind." + comment.kind()));
        kind.addClassName("matching-kind");
        Span excerpt = new Span();
        BidiText.show(excerpt, excerpt(comment), comment.language());
        excerpt.addClassName("matching-excerpt");
        entry.add(number, kind, excerpt);
        return entry;
    }

    private static String excerpt(Comment comment) {
        String text = comment.body() != null ? comment.body()
                : comment.proposedText() != null ? ParagraphTextHtml.toPlainText(comment.proposedText()) : "";
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= 90 ? line : line.substring(0, 89).strip() + "…";
    }

    private Button step(VaadinIcon icon, String labelKey, String id, int direction) {
        Button button = new Button(icon.create(), click -> go(direction));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        button.setId(id);
        return button;
    }

    /** From the open thread (else from the last one gone to) to the next or previous matching paragraph. */
    void go(int direction) {
        if (matchingParagraphs.isEmpty()) {
            return;
        }
        long open = openParagraph.getAsLong();
        long from = open >= 0 ? open : lastParagraphId;
        int position = -1;
        for (int i = 0; i < matchingParagraphs.size(); i++) {
            if (matchingParagraphs.get(i).id() == from) {
                position = i;
            }
        }
        int size = matchingParagraphs.size();
        position = position < 0 ? (direction > 0 ? 0 : size - 1) : Math.floorMod(position + direction, size);
        lastParagraphId = matchingParagraphs.get(position).id();
        // through the address, as a deep link: the reading view scrolls the text and the thread opens
        getElement().executeJs("const to = '#' + $0;"
                + "if (location.hash === to && window.parleyHashListener) window.parleyHashListener();"
                + "else location.hash = to;", matchingParagraphs.get(position).anchor() + "/comments");
    }
}

package org.parley.comment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.parley.comment.CommentKind;
import org.parley.comment.KindCounts;

import java.util.ArrayList;
import java.util.List;

/** A paragraph's comment counts by kind, in its margin; a click opens its thread. */
class MarginCounts extends Button {

    private static final VaadinIcon[] ICONS = {VaadinIcon.COMMENT_O, VaadinIcon.QUESTION_CIRCLE_O,
        VaadinIcon.THUMBS_UP_O, VaadinIcon.HAND, VaadinIcon.EDIT};

    MarginCounts(String anchor, Runnable open) {
        addClassName("comment-margin");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        setId("margin-" + anchor);
        addClickListener(click -> open.run());
    }

    static Icon icon(CommentKind kind) {
        Icon icon = ICONS[kind.ordinal()].create();
        icon.addClassName("kind-icon");
        return icon;
    }

    /** {@code filtered}: a document filter is on, so a paragraph with counts is one that matches it. */
    void show(KindCounts counts, int carried, boolean filtered) {
        getElement().removeAllChildren();
        List<String> spoken = new ArrayList<>();
        for (CommentKind kind : CommentKind.values()) {
            int n = counts.get(kind);
            if (n > 0) {
                Span badge = new Span(new Text(n + " "), icon(kind));
                badge.addClassNames("kind-count", "kind-" + kind.name().toLowerCase());
                badge.getElement().setAttribute("aria-hidden", "true");
                getElement().appendChild(badge.getElement());
                spoken.add(n + " " + getTranslation("comment.kind." + kind).toLowerCase(getLocale()));
            }
        }
        boolean matches = !spoken.isEmpty();
        if (carried > 0) { // comments on earlier versions of this paragraph: a distinct, quieter marker
            Icon earlier = VaadinIcon.TIME_BACKWARD.create();
            earlier.addClassName("kind-icon");
            Span badge = new Span(new Text(carried + " "), earlier);
            badge.addClassNames("kind-count", "carried-count");
            badge.getElement().setAttribute("aria-hidden", "true");
            getElement().appendChild(badge.getElement());
            spoken.add(getTranslation("comment.carried.margin", carried));
        }
        if (spoken.isEmpty()) {
            Span add = new Span(icon(CommentKind.COMMENT));
            add.addClassName("kind-count");
            add.getElement().setAttribute("aria-hidden", "true");
            getElement().appendChild(add.getElement());
        }
        setClassName("empty", spoken.isEmpty());
        setClassName("match", filtered && matches);
        getElement().setAttribute("aria-label", spoken.isEmpty() ? getTranslation("comment.margin.none")
                : getTranslation("comment.margin.counts", String.join(", ", spoken)));
    }

    void setOpen(boolean open) {
        setClassName("open", open);
    }
}

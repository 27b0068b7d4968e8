package org.parley.comment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.parley.comment.CommentKind;
import org.parley.comment.KindCounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A paragraph's comment counts by kind, in its margin; a click opens its thread. */
class MarginCounts extends Button {

    private static final VaadinIcon[] ICONS = {VaadinIcon.COMMENT_O, VaadinIcon.QUESTION_CIRCLE_O,
        VaadinIcon.THUMBS_UP_O, VaadinIcon.HAND, VaadinIcon.EDIT};

    /** What the margin shows now: every open reading UI is told of every comment, and most margins stay as they are. */
    private record Shown(KindCounts counts, int carried, boolean filtered, Locale locale) {
    }

    private Shown shown;

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

    /**
     * {@code filtered}: a document filter is on, so a paragraph with counts is one that matches it. The badges are
     * one piece of HTML (numbers, class names and icon names only), not a component each: every open reading UI
     * keeps a margin per row on screen, and a component per badge, text and icon was three quarters of its nodes.
     */
    void show(KindCounts counts, int carried, boolean filtered) {
        Shown next = new Shown(counts, carried, filtered, getLocale());
        if (next.equals(shown)) {
            return;
        }
        shown = next;
        StringBuilder badges = new StringBuilder();
        List<String> spoken = new ArrayList<>();
        for (CommentKind kind : CommentKind.values()) {
            int n = counts.get(kind);
            if (n > 0) {
                badge(badges, "kind-count kind-" + kind.name().toLowerCase(), n + " ", ICONS[kind.ordinal()]);
                spoken.add(n + " " + getTranslation("comment.kind." + kind).toLowerCase(getLocale()));
            }
        }
        boolean matches = !spoken.isEmpty();
        if (carried > 0) { // comments on earlier versions of this paragraph: a distinct, quieter marker
            badge(badges, "kind-count carried-count", carried + " ", VaadinIcon.TIME_BACKWARD);
            spoken.add(getTranslation("comment.carried.margin", carried));
        }
        if (spoken.isEmpty()) {
            badge(badges, "kind-count", "", ICONS[CommentKind.COMMENT.ordinal()]);
        }
        getElement().removeAllChildren();
        getElement().setProperty("innerHTML", badges.toString());
        setClassName("empty", spoken.isEmpty());
        setClassName("match", filtered && matches);
        getElement().setAttribute("aria-label", spoken.isEmpty() ? getTranslation("comment.margin.none")
                : getTranslation("comment.margin.counts", String.join(", ", spoken)));
    }

    /** The markup {@link #icon} and a Span with a Text would give. */
    private static void badge(StringBuilder html, String classes, String text, VaadinIcon icon) {
        html.append("<span class=\"").append(classes).append("\" aria-hidden=\"true\">").append(text)
                .append(iconHtml(icon)).append("</span>");
    }

    /** The markup of {@link #icon}, for a piece of HTML. */
    static String iconHtml(CommentKind kind) {
        return iconHtml(ICONS[kind.ordinal()]);
    }

    private static String iconHtml(VaadinIcon icon) {
        return "<vaadin-icon icon=\"vaadin:" + icon.name().toLowerCase(Locale.ENGLISH).replace('_', '-')
                + "\" class=\"kind-icon\"></vaadin-icon>";
    }

    void setOpen(boolean open) {
        setClassName("open", open);
    }
}

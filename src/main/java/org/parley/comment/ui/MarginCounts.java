package org.parley.comment.ui;

import static org.parley.base.MarkupText.escape;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.parley.base.ui.ReadingViewExtension;
import org.parley.comment.CommentKind;
import org.parley.comment.KindCounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A paragraph's comment counts by kind, in its margin: a button (a click opens its thread) drawn as one piece of
 * HTML, the markup a {@code Button} with a span, a text and an icon per kind would give. Every open reading UI keeps
 * a margin per row on screen, and as components they were half of a row's server-side state.
 */
final class MarginCounts {

    private static final VaadinIcon[] ICONS = {VaadinIcon.COMMENT_O, VaadinIcon.QUESTION_CIRCLE_O,
        VaadinIcon.THUMBS_UP_O, VaadinIcon.HAND, VaadinIcon.EDIT};

    /**
     * What a margin shows. {@code filtered}: a document filter is on, so a paragraph with counts is one that matches
     * it; {@code open}: its thread is open.
     */
    record Shown(KindCounts counts, int carried, boolean filtered, boolean open, Locale locale) {
    }

    private MarginCounts() {
    }

    static Icon icon(CommentKind kind) {
        Icon icon = ICONS[kind.ordinal()].create();
        icon.addClassName("kind-icon");
        return icon;
    }

    static String html(String anchor, Shown shown, UI ui) {
        StringBuilder badges = new StringBuilder();
        List<String> spoken = new ArrayList<>();
        for (CommentKind kind : CommentKind.values()) {
            int n = shown.counts().get(kind);
            if (n > 0) {
                badge(badges, "kind-count kind-" + kind.name().toLowerCase(Locale.ENGLISH), n + " ",
                        ICONS[kind.ordinal()]);
                spoken.add(n + " " + ui.getTranslation("comment.kind." + kind).toLowerCase(shown.locale()));
            }
        }
        boolean matches = !spoken.isEmpty();
        if (shown.carried() > 0) { // comments on earlier versions of this paragraph: a distinct, quieter marker
            badge(badges, "kind-count carried-count", shown.carried() + " ", VaadinIcon.TIME_BACKWARD);
            spoken.add(ui.getTranslation("comment.carried.margin", shown.carried()));
        }
        if (spoken.isEmpty()) {
            badge(badges, "kind-count", "", ICONS[CommentKind.COMMENT.ordinal()]);
        }
        String label = spoken.isEmpty() ? ui.getTranslation("comment.margin.none")
                : ui.getTranslation("comment.margin.counts", String.join(", ", spoken));
        String classes = "comment-margin" + (spoken.isEmpty() ? " empty" : "")
                + (shown.filtered() && matches ? " match" : "") + (shown.open() ? " open" : "");
        return "<vaadin-button " + ReadingViewExtension.MARGIN_ATTRIBUTE + " id=\"margin-" + escape(anchor)
                + "\" class=\"" + classes + "\" theme=\"tertiary-inline small\" aria-label=\"" + escape(label) + "\">"
                + badges + "</vaadin-button>";
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
}

package org.parley.comment.ui;

import com.vaadin.flow.component.html.H3;
import org.parley.comment.CarriedComment;
import org.parley.document.ParagraphTextHtml;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.parley.comment.Comment;
import org.parley.comment.CommentFilter;
import org.parley.document.DocumentVersion;
import org.parley.document.ParagraphInVersion;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One paragraph's thread beside the text (over it on a phone): its comments with what the reader may do with
 * them, a filter, and the form to write. Opening it takes the passage the reader selected in the paragraph.
 */
class ThreadPanel extends Div {

    private final CommentServices services;
    private final DocumentVersion version;
    private final Viewer viewer;
    private final Runnable changedHere;
    private final Runnable closed;
    private final H2 title = new H2();
    private final Button follow = new Button();
    private final Div list = new Div();
    private final Div composer = new Div();
    private final Div earlier = new Div();
    private CommentFilter filter = CommentFilter.ALL;
    private ParagraphInVersion paragraph;
    private CommentForm form;
    private Long replyingTo;
    private CommentForm replyForm;

    /** {@code closed}: called after the reader closed the thread (the panel is then dropped). */
    ThreadPanel(CommentServices services, DocumentVersion version, Viewer viewer, Runnable changedHere,
                Runnable closed) {
        this.services = services;
        this.version = version;
        this.viewer = viewer;
        this.changedHere = changedHere;
        this.closed = closed;
        addClassName("thread-panel");
        setId("thread-panel");
        getElement().setAttribute("role", "complementary");
        setVisible(false);
        // an icon, not the character ✕: one character outside Latin-1 makes Vaadin hold the UI's last response
        // (kept per UI for a resend) in two bytes per character instead of one
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        close.setId("thread-close");
        close.setAriaLabel(getTranslation("comment.panel.close"));
        follow.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        follow.setId("thread-follow");
        follow.addClickListener(click -> toggleFollow());
        follow.setVisible(viewer.signedIn());
        Div top = new Div(title, follow, close);
        top.addClassName("thread-top");
        Details filters = new Details(getTranslation("comment.filter.title"));
        // built when first opened: most readers never filter, and every open UI would carry it
        filters.addOpenedChangeListener(opened -> {
            if (opened.isOpened() && filters.getContent().findAny().isEmpty()) {
                filters.add(new CommentFilterBar(services, viewer, chosen -> {
                    filter = chosen;
                    reload();
                }));
            }
        });
        filters.addClassName("thread-filters");
        list.addClassName("thread-list");
        list.setId("thread-list");
        composer.addClassName("thread-composer");
        earlier.addClassName("thread-earlier");
        earlier.setId("thread-earlier");
        title.setId("thread-title");
        title.getElement().setAttribute("tabindex", "-1");
        // the form first, so that it is in view as the thread opens; the comments under it, newest last
        add(top, composer, filters, list, earlier);
        Shortcuts.addShortcutListener(this, this::close, Key.ESCAPE).listenOn(this);
    }

    long paragraphId() {
        return paragraph == null || !isVisible() ? -1 : paragraph.paragraph().id();
    }

    /** Opens the thread with keyboard focus on its heading, or in the form when the reader came to write. */
    void show(long paragraphId, boolean toWrite) {
        show(paragraphId);
        if (toWrite && form != null) {
            form.focus();
        } else {
            title.getElement().callJsFunction("focus");
        }
    }

    void show(long paragraphId) {
        paragraph = services.documents().paragraph(paragraphId);
        title.setText(getTranslation("comment.panel.title", paragraph.paragraph().number()));
        replyingTo = null;
        form = viewer.mayComment() ? new CommentForm(services, viewer, paragraph, null, this::posted, null) : null;
        composer.removeAll();
        composer.add(form != null ? form : new Paragraph(refusalText()));
        showFollow();
        setVisible(true);
        draw(services.queries().openThread(paragraphId, filter));
        if (viewer.signedIn()) {
            getUI().ifPresent(NotificationsRead::fire);
        }
        showEarlier();
        // the page has a <base href>: a bare "#…" would resolve against it, not against this page
        getElement().executeJs("history.replaceState(history.state, '', location.pathname + location.search + '#' + $0)",
                paragraph.paragraph().anchor() + "/comments");
        takeSelection();
    }

    void reload() {
        if (paragraph == null) {
            return;
        }
        draw(services.queries().thread(paragraph.paragraph().id(), filter));
    }

    private void draw(List<Comment> thread) {
        Map<Long, CommentCard> cards = new HashMap<>();
        list.removeAll();
        for (Comment comment : thread) {
            CommentCard card = card(comment);
            cards.put(comment.id(), card);
            list.add(card);
        }
        if (replyingTo != null && cards.containsKey(replyingTo)) {
            cards.get(replyingTo).add(replyForm);
        }
        if (thread.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation(filter == CommentFilter.ALL
                    ? "comment.panel.empty" : "comment.panel.none-match"));
            none.addClassName("thread-empty");
            list.add(none);
        }
    }

    private CommentCard card(Comment comment) {
        return new CommentCard(services, viewer, comment, paragraph, this::replyTo, this::acted);
    }

    /**
     * After a change by someone else: the cards whose comment is unchanged stay as they are, new comments are
     * inserted where they belong and changed ones are built again, so that every reader showing this thread is sent
     * what changed rather than the whole thread again. Anything else (a comment gone, an order changed) draws the
     * thread anew. The reader's own actions always draw it anew: what they may do with a card can change with them.
     * Readers who are not signed in and filter nothing share one read of the thread per change.
     */
    void reloadAfterChangeElsewhere(CommentBroadcaster.Change change) {
        if (paragraph == null) {
            return;
        }
        long paragraphId = paragraph.paragraph().id();
        List<Comment> thread = !viewer.signedIn() && filter == CommentFilter.ALL
                ? services.sharedReads().anonymousThread(paragraphId, change,
                        () -> services.queries().thread(paragraphId, filter))
                : services.queries().thread(paragraphId, filter);
        List<CommentCard> shown = list.getChildren().map(c -> c instanceof CommentCard card ? card : null).toList();
        if (shown.isEmpty() || shown.contains(null) || !keepsOrder(shown, thread)) {
            draw(thread);
            return;
        }
        Map<Long, CommentCard> byId = new HashMap<>();
        shown.forEach(card -> byId.put(card.comment().id(), card));
        for (int index = 0; index < thread.size(); index++) {
            Comment comment = thread.get(index);
            CommentCard existing = byId.get(comment.id());
            if (existing != null && existing.comment().equals(comment)) {
                continue;
            }
            CommentCard fresh = card(comment);
            if (existing == null) {
                list.getElement().insertChild(index, fresh.getElement());
            } else {
                list.getElement().setChild(index, fresh.getElement());
                if (replyingTo != null && replyingTo == comment.id()) {
                    fresh.add(replyForm);
                }
            }
        }
    }

    /** True when every card shown is still in the thread, in the same order. */
    private static boolean keepsOrder(List<CommentCard> shown, List<Comment> thread) {
        int next = 0;
        for (Comment comment : thread) {
            if (next < shown.size() && shown.get(next).comment().id() == comment.id()) {
                next++;
            }
        }
        return next == shown.size();
    }

    /** Comments on this paragraph's predecessors: they do not change while this version is read. */
    private void showEarlier() {
        earlier.removeAll();
        var carried = version.basedOnVersionId() == null ? List.<CarriedComment>of()
                : services.carried().earlierComments(paragraph.paragraph().id());
        earlier.setVisible(!carried.isEmpty());
        if (!carried.isEmpty()) {
            H3 heading = new H3(
                    getTranslation("comment.carried.title", carried.size()));
            heading.addClassName("thread-earlier-title");
            earlier.add(heading, new CarriedComments(carried,
                    ParagraphTextHtml.toPlainText(paragraph.paragraph().text()),
                    paragraph.document().slug()));
        }
    }

    private void replyTo(Comment parent) {
        replyingTo = parent.id();
        replyForm = new CommentForm(services, viewer, paragraph, parent, this::posted, () -> {
            replyingTo = null;
            reload();
        });
        reload();
        replyForm.focus();
    }

    private void posted(Comment comment) {
        replyingTo = null;
        acted();
        // the new comment, wherever it landed in the thread, is what the writer wants to see
        list.getChildren().filter(card -> card.getId().filter(("comment-" + comment.id())::equals).isPresent())
                .findFirst().ifPresent(card -> card.getElement().executeJs("this.scrollIntoView({block: 'nearest'})"));
    }

    private void acted() {
        reload();
        changedHere.run();
    }

    void close() {
        if (!isVisible()) {
            return;
        }
        setVisible(false);
        // back to where the reader was: the paragraph's margin button, or its number if the row was redrawn
        // (through the page: Flow holds back the scripts of a hidden element until it is shown again)
        getUI().ifPresent(ui -> ui.getPage().executeJs("history.replaceState(history.state, '', location.pathname + location.search);"
                + "const back = document.getElementById('margin-' + $0)"
                + " || document.querySelector('#' + CSS.escape($0) + ' .paragraph-number');"
                + "if (back) back.focus();", paragraph.paragraph().anchor()));
        changedHere.run();
        closed.run();
    }

    private void toggleFollow() {
        var lineage = paragraph.paragraph().lineageId();
        if (services.notifications().follows(lineage)) {
            services.notifications().unfollow(lineage);
        } else {
            services.notifications().follow(lineage);
        }
        showFollow();
    }

    private void showFollow() {
        if (viewer.signedIn()) {
            boolean following = services.notifications().follows(paragraph.paragraph().lineageId());
            follow.setText(getTranslation(following ? "comment.panel.unfollow" : "comment.panel.follow"));
        }
    }

    private String refusalText() {
        return viewer.refusal().map(key -> getTranslation(key)).orElse("");
    }

    private void takeSelection() {
        if (form != null) {
            form.takeSelection();
        }
    }
}

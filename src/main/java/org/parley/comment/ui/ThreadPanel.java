package org.parley.comment.ui;

import com.vaadin.flow.component.html.H3;
import org.parley.comment.CarriedComment;
import org.parley.document.ParagraphTextHtml;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
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

    ThreadPanel(CommentServices services, DocumentVersion version, Viewer viewer, Runnable changedHere) {
        this.services = services;
        this.version = version;
        this.viewer = viewer;
        this.changedHere = changedHere;
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
        add(top, filters, list, composer, earlier);
    }

    long paragraphId() {
        return paragraph == null || !isVisible() ? -1 : paragraph.paragraph().id();
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
        reload();
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
        List<Comment> thread = services.queries().thread(paragraph.paragraph().id(), filter);
        Map<Long, CommentCard> cards = new HashMap<>();
        list.removeAll();
        for (Comment comment : thread) {
            CommentCard card = new CommentCard(services, viewer, comment, paragraph, this::replyTo, this::acted);
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
    }

    private void acted() {
        reload();
        changedHere.run();
    }

    private void close() {
        setVisible(false);
        getElement().executeJs("history.replaceState(history.state, '', location.pathname + location.search)");
        changedHere.run();
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

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        rememberSelections(this);
    }

    /**
     * Remembers the last passage selected inside a paragraph's text, with its offset in that text, from the moment
     * {@code page} is attached: the reading view calls it before any panel exists, so a first open takes it too.
     */
    static void rememberSelections(Component page) {
        page.getElement().executeJs("if (window.parleySelectionListener) return;"
                + "window.parleySelectionListener = () => {"
                + " const s = window.getSelection(); if (!s || s.isCollapsed || !s.rangeCount) return;"
                + " const r = s.getRangeAt(0); let n = r.commonAncestorContainer;"
                + " if (n.nodeType !== 1) n = n.parentElement;"
                + " const text = n && n.closest('.paragraph-text'); if (!text) return;"
                + " const before = document.createRange(); before.selectNodeContents(text);"
                + " before.setEnd(r.startContainer, r.startOffset);"
                + " window.parleySelection = {anchor: text.closest('.paragraph').id, quote: s.toString(),"
                + "  start: before.toString().length}; };"
                + "document.addEventListener('selectionchange', window.parleySelectionListener);");
    }
}

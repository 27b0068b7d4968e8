package org.parley.comment.ui;

import org.parley.base.ui.BidiText;
import org.parley.base.ui.WordDiffView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.parley.comment.Comment;
import org.parley.comment.CommentStatus;
import org.parley.comment.OrganisationRef;
import org.parley.comment.PassageLocator;
import org.parley.document.ParagraphInVersion;
import org.parley.document.ParagraphTextHtml;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Consumer;

/**
 * One comment of a thread: kind, author and organisation, status, quoted passage, text (always as text, in its
 * own direction), amendment diff, endorsements, and the actions open to this reader.
 */
class CommentCard extends Div {

    CommentCard(CommentServices services, Viewer viewer, Comment comment, ParagraphInVersion paragraph,
                Consumer<Comment> reply, Runnable acted) {
        addClassNames("comment-card", "depth-" + comment.depth(), "kind-" + comment.kind().name().toLowerCase());
        setId("comment-" + comment.id());
        add(meta(comment));
        if (comment.editedAt() != null) {
            add(HistoryDialog.marker(services, comment));
        }
        notes(comment);
        String plain = ParagraphTextHtml.toPlainText(paragraph.paragraph().text());
        if (comment.quote() != null) {
            add(quote(comment, plain, paragraph.paragraph().anchor()));
        }
        if (comment.body() != null) {
            Div body = new Div();
            BidiText.show(body, comment.body(), comment.language());
            body.addClassName("comment-body");
            add(body);
        }
        if (comment.proposedText() != null) {
            add(new WordDiffView(plain, comment.proposedText()));
        }
        if (!comment.endorsements().isEmpty()) {
            add(endorsements(comment));
        }
        add(new CommentActions(services, viewer, comment, reply, acted));
    }

    private Component meta(Comment comment) {
        Div meta = new Div();
        meta.addClassName("comment-meta");
        Span kind = new Span(MarginCounts.icon(comment.kind()),
                new Text(" " + getTranslation("comment.kind." + comment.kind())));
        kind.getElement().getThemeList().add("badge");
        kind.addClassName("comment-kind");
        Span author = new Span(comment.authorName());
        author.addClassName("comment-author");
        author.getElement().setAttribute("dir", "auto");
        meta.add(kind, author);
        if (comment.organisation() != null) {
            Span organisation = new Span(getTranslation("comment.card.on-behalf-of", comment.organisation().name(getLocale())));
            organisation.addClassName("comment-organisation");
            meta.add(organisation);
        }
        Span when = new Span(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).format(comment.createdAt().atZoneSameInstant(ZoneId.systemDefault())));
        when.addClassName("comment-date");
        Span language = new Span(comment.language().toUpperCase());
        language.addClassName("comment-language");
        language.setTitle(getTranslation("comment.card.language"));
        meta.add(when, language);
        if (comment.status() != CommentStatus.PUBLISHED) {
            meta.add(badge(getTranslation("comment.status." + comment.status()), "comment-status"));
        }
        if (comment.isHidden()) {
            meta.add(badge(getTranslation("comment.card.hidden"), "comment-hidden"));
        }
        return meta;
    }

    private void notes(Comment comment) {
        if (comment.isHidden()) {
            add(note(getTranslation("comment.card.hidden-reason", comment.hiddenReason())));
        }
        if (comment.status() == CommentStatus.RETURNED && comment.reviewNote() != null) {
            add(note(getTranslation("comment.card.review-note", comment.reviewNote())));
        }
        if (comment.body() == null && comment.status() == CommentStatus.WITHDRAWN) {
            add(note(getTranslation("comment.card.withdrawn")));
        }
    }

    private Component quote(Comment comment, String plain, String anchor) {
        Blockquote quote = new Blockquote();
        quote.addClassName("comment-quote");
        BidiText.show(quote, comment.quote(), null);
        var located = PassageLocator.locate(plain, comment.quote(),
                comment.quoteStart() == null ? 0 : comment.quoteStart());
        if (located.isEmpty()) {
            Div gone = new Div(quote, note(getTranslation("comment.card.passage-gone")));
            gone.addClassName("passage-gone");
            return gone;
        }
        String passage = plain.substring(located.get().start(), located.get().end());
        quote.getElement().setAttribute("title", getTranslation("comment.card.show-passage"));
        quote.addClassName("clickable");
        markOnClick(quote, anchor, passage);
        return quote;
    }

    /**
     * Marks the passage in the paragraph text with the CSS Custom Highlight API: nothing in the DOM changes, so
     * the paragraph's own rendering (and its escaping) stays as it is. The passage is searched in the rendered
     * text, which is the plain text the quote was taken from.
     */
    private static void markOnClick(Blockquote quote, String anchor, String passage) {
        // a listener in the browser: marking needs no round trip to the server
        quote.getElement().executeJs("""
                this.addEventListener('click', () => {
                const el = document.getElementById($0)?.querySelector('.paragraph-text');
                if (!el || !window.CSS || !CSS.highlights) return;
                const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
                const nodes = []; let text = '';
                while (walker.nextNode()) { nodes.push([walker.currentNode, text.length]); text += walker.currentNode.data; }
                const at = text.indexOf($1);
                if (at < 0) return;
                const point = offset => { for (let i = nodes.length - 1; i >= 0; i--) {
                    if (nodes[i][1] <= offset) return [nodes[i][0], offset - nodes[i][1]]; } };
                const range = new Range();
                range.setStart(...point(at));
                range.setEnd(...point(at + $1.length));
                CSS.highlights.set('parley-passage', new Highlight(range));
                el.scrollIntoView({block: 'nearest'});
                });
                """, anchor, passage);
    }

    private Component endorsements(Comment comment) {
        String names = String.join(", ", comment.endorsements().stream().map(OrganisationRef::shortName).toList());
        Div endorsed = new Div(new Span(getTranslation("comment.card.supported-by", comment.endorsements().size(),
                names)));
        endorsed.addClassName("comment-endorsements");
        endorsed.setTitle(String.join(", ", comment.endorsements().stream().map(o -> o.name(getLocale())).toList()));
        return endorsed;
    }

    @Tag("blockquote")
    static class Blockquote extends HtmlContainer {
    }

    private static Span badge(String text, String className) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        badge.addClassName(className);
        return badge;
    }

    /** A quiet line under a comment (hidden, not public yet, no answer). */
    static Div note(String text) {
        Div note = new Div();
        note.setText(text);
        note.addClassName("comment-note");
        return note;
    }
}

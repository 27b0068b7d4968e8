package org.parley.comment.ui;

import org.parley.base.ui.BidiText;
import static org.parley.base.MarkupText.escape;
import org.parley.base.ui.WordDiffView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
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

    /** Stands for the organisation's name in the translated sentence until the sentence is escaped. */
    private static final String NAME = "\uE000";

    private final Comment comment;

    CommentCard(CommentServices services, Viewer viewer, Comment comment, ParagraphInVersion paragraph,
                Consumer<Comment> reply, Runnable acted) {
        this.comment = comment;
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
        CommentActions actions = new CommentActions(services, viewer, comment, reply, acted);
        if (actions.getElement().getChildCount() > 0) { // none for a reader who may do nothing with it
            add(actions);
        }
    }

    /** The comment as this card shows it. */
    Comment comment() {
        return comment;
    }

    /**
     * Kind, author, organisation, date, language and status as one piece of HTML rather than a component each:
     * every open thread keeps its cards, and the meta line was half of a card's nodes. User text (the author's
     * and organisation's names) is escaped, the author's name keeps its own direction and the organisation's name
     * is isolated in a {@code <bdi>}.
     */
    private Component meta(Comment comment) {
        Div meta = new Div();
        meta.addClassName("comment-meta");
        StringBuilder html = new StringBuilder();
        html.append("<span theme=\"badge\" class=\"comment-kind\">").append(MarginCounts.iconHtml(comment.kind()))
                .append(' ').append(escape(getTranslation("comment.kind." + comment.kind()))).append("</span>");
        html.append("<span class=\"comment-author\" dir=\"auto\">").append(escape(comment.authorName()))
                .append("</span>");
        if (comment.organisation() != null) {
            // the name goes in after escaping the sentence around it, so that only it is isolated
            String sentence = escape(getTranslation("comment.card.on-behalf-of", NAME));
            html.append("<span class=\"comment-organisation\">").append(sentence.replace(NAME,
                    "<bdi>" + escape(comment.organisation().name(getLocale())) + "</bdi>")).append("</span>");
        }
        html.append("<span class=\"comment-date\">").append(escape(DateTimeFormatter.ofLocalizedDateTime(
                FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .format(comment.createdAt().atZoneSameInstant(ZoneId.systemDefault())))).append("</span>");
        html.append("<span class=\"comment-language\" title=\"").append(escape(getTranslation("comment.card.language")))
                .append("\">").append(escape(comment.language().toUpperCase())).append("</span>");
        if (comment.status() != CommentStatus.PUBLISHED) {
            badge(html, getTranslation("comment.status." + comment.status()), "comment-status");
        }
        if (comment.isHidden()) {
            badge(html, getTranslation("comment.card.hidden"), "comment-hidden");
        }
        meta.getElement().setProperty("innerHTML", html.toString());
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

    private static void badge(StringBuilder html, String text, String className) {
        html.append("<span theme=\"badge\" class=\"").append(className).append("\">").append(escape(text))
                .append("</span>");
    }

    /** A quiet line under a comment (hidden, not public yet, no answer). */
    static Div note(String text) {
        Div note = new Div();
        note.setText(text);
        note.addClassName("comment-note");
        return note;
    }
}

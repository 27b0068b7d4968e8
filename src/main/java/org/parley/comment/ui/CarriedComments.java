package org.parley.comment.ui;

import org.parley.comment.CommentStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.parley.base.ui.WordDiffView;
import org.parley.comment.CarriedComment;
import org.parley.comment.DispositionLookup;
import org.parley.document.Paragraph;

import java.util.ArrayList;
import java.util.List;

/**
 * Comments made on earlier versions, read-only, grouped by the paragraph they were made on: where ("on version 1,
 * paragraph 3"), the text then (with a word diff to the paragraph being read, or as removed text), and for each
 * comment its organisation, kind, text and the editors' answer.
 */
class CarriedComments extends Div {

    /**
     * {@code currentText}: the paragraph being read (plain text), or null when the text was removed;
     * {@code slug}: the document, to link each group to its thread on the version it was made on.
     */
    CarriedComments(List<CarriedComment> comments, String currentText, String slug) {
        addClassName("carried-comments");
        List<CarriedComment> group = new ArrayList<>();
        for (CarriedComment comment : comments) {
            if (!group.isEmpty() && group.get(0).paragraphId() != comment.paragraphId()) {
                add(group(group, currentText, slug));
                group = new ArrayList<>();
            }
            group.add(comment);
        }
        if (!group.isEmpty()) {
            add(group(group, currentText, slug));
        }
    }

    private Component group(List<CarriedComment> comments, String currentText, String slug) {
        CarriedComment first = comments.get(0);
        Div group = new Div();
        group.addClassName("carried-group");
        Anchor where = new Anchor("documents/" + slug + "/v/" + first.versionNumber() + "#"
                + Paragraph.anchorFor(first.paragraphNumber()) + "/comments",
                getTranslation("comment.carried.where", first.versionNumber(), first.paragraphNumber()));
        where.addClassName("carried-where");
        group.add(where);
        if (currentText == null) {
            CommentCard.Blockquote removed = new CommentCard.Blockquote();
            removed.setText(first.oldText());
            removed.addClassName("removed-text");
            removed.getElement().setAttribute("dir", "auto");
            group.add(removed);
        } else {
            group.add(oldText(first, currentText));
        }
        comments.forEach(c -> group.add(card(c)));
        return group;
    }

    private Component oldText(CarriedComment comment, String currentText) {
        Div then = new Div();
        then.setText(comment.oldText());
        then.addClassName("carried-old-text");
        then.getElement().setAttribute("dir", "auto");
        Div content = new Div(then);
        if (comment.unchanged()) {
            content.add(CommentCard.note(getTranslation("comment.carried.unchanged")));
        } else {
            Div since = new Div();
            since.setText(getTranslation("comment.carried.changes"));
            since.addClassName("carried-changes-title");
            content.add(since, new WordDiffView(comment.oldText(), currentText));
        }
        Details details = new Details(getTranslation(comment.unchanged() ? "comment.carried.text-then"
                : "comment.carried.text-then-changed"), content);
        details.addClassName("carried-details");
        return details;
    }

    private Component card(CarriedComment carried) {
        var comment = carried.comment();
        Div card = new Div();
        card.addClassNames("comment-card", "carried-card", "kind-" + comment.kind().name().toLowerCase());
        card.setId("carried-" + comment.id());
        Div meta = new Div();
        meta.addClassName("comment-meta");
        Span kind = new Span(MarginCounts.icon(comment.kind()),
                new Text(" " + getTranslation("comment.kind." + comment.kind())));
        kind.getElement().getThemeList().add("badge");
        kind.addClassName("comment-kind");
        Span who = new Span(comment.organisation() != null ? comment.organisation().name(getLocale()) : comment.authorName());
        who.addClassName(comment.organisation() != null ? "comment-organisation" : "comment-author");
        who.getElement().setAttribute("dir", "auto");
        meta.add(kind, who);
        if (comment.isHidden()) {
            Span hidden = new Span(getTranslation("comment.card.hidden"));
            hidden.getElement().getThemeList().add("badge");
            hidden.addClassName("comment-hidden");
            meta.add(hidden);
        }
        if (comment.status() != CommentStatus.PUBLISHED) {
            Span status = new Span(getTranslation("comment.status." + comment.status()));
            status.getElement().getThemeList().add("badge");
            status.addClassName("comment-status");
            meta.add(status);
        }
        card.add(meta);
        if (comment.quote() != null) {
            CommentCard.Blockquote quote = new CommentCard.Blockquote();
            quote.setText(comment.quote());
            quote.addClassName("comment-quote");
            quote.getElement().setAttribute("dir", "auto");
            card.add(quote);
        }
        Div body = new Div();
        body.setText(comment.body());
        body.addClassName("comment-body");
        body.getElement().setAttribute("dir", "auto");
        body.getElement().setAttribute("lang", comment.language());
        card.add(body);
        if (comment.proposedText() != null) {
            Div proposed = new Div();
            proposed.setText(getTranslation("comment.carried.proposed", comment.proposedText()));
            proposed.addClassName("carried-proposed");
            proposed.getElement().setAttribute("dir", "auto");
            card.add(proposed);
        }
        card.add(disposition(carried.disposition()));
        return card;
    }

    private Component disposition(DispositionLookup.Answer answer) {
        Div disposition = new Div();
        disposition.addClassName("carried-disposition");
        if (answer == null) {
            disposition.add(CommentCard.note(getTranslation("comment.carried.no-answer")));
            return disposition;
        }
        Span kind = new Span(getTranslation("disposition.kind." + answer.kind()));
        kind.getElement().getThemeList().add("badge");
        kind.addClassNames("disposition-kind", "disposition-" + answer.kind().toLowerCase());
        disposition.add(new Span(getTranslation("comment.carried.answer") + " "), kind);
        if (!answer.published()) {
            disposition.add(CommentCard.note(getTranslation("comment.carried.not-public")));
        }
        if (answer.reason() != null && !answer.reason().isBlank()) {
            Div reason = new Div();
            reason.setText(answer.reason());
            reason.addClassName("disposition-reason");
            reason.getElement().setAttribute("dir", "auto");
            disposition.add(reason);
        }
        return disposition;
    }
}

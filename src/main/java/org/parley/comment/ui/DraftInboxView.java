package org.parley.comment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.parley.base.UserFacingException;
import org.parley.base.ui.MainLayout;
import org.parley.comment.Comment;
import org.parley.comment.DraftAwaitingApproval;

/**
 * A focal point's inbox: the drafts members wrote on behalf of the organisations they speak for, waiting for their
 * approval, across documents. Approve from here, or open the thread to read it in context or send it back.
 */
@Route(value = "drafts", layout = MainLayout.class)
@PermitAll
public class DraftInboxView extends VerticalLayout implements HasDynamicTitle {

    private final CommentServices services;
    private final Div list = new Div();

    public DraftInboxView(CommentServices services) {
        this.services = services;
        addClassName("draft-inbox-view");
        list.setId("draft-inbox");
        list.addClassName("draft-inbox");
        add(new H1(getTranslation("drafts.title")), new Paragraph(getTranslation("drafts.intro")), list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var inbox = services.queries().awaitingMyApproval();
        if (inbox.isEmpty()) {
            list.add(new Paragraph(getTranslation("drafts.none")));
        }
        inbox.forEach(item -> list.add(card(item)));
    }

    private Div card(DraftAwaitingApproval item) {
        Comment draft = item.draft();
        Anchor where = new Anchor("documents/" + item.documentSlug() + "/v/" + item.versionNumber() + "#"
                + org.parley.document.Paragraph.anchorFor(item.paragraphNumber()) + "/comments",
                getTranslation("drafts.where", item.paragraphNumber(), item.documentTitle(), item.versionNumber()));
        where.getElement().setAttribute("router-ignore", true);
        Span who = new Span(getTranslation("drafts.who", getTranslation("comment.kind." + draft.kind()),
                draft.authorName(), draft.organisation().name(getLocale()),
                RelativeTime.of(draft.createdAt(), services.clock().instant(), getLocale(), this::getTranslation)));
        who.addClassName("draft-meta");
        Paragraph body = new Paragraph(draft.body().length() <= 400 ? draft.body() : draft.body().substring(0, 399) + "…");
        body.addClassName("draft-body");
        Button approve = new Button(getTranslation("comment.action.approve"), click -> approve(draft));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        approve.addClassName("approve-draft");
        approve.setDisableOnClick(true);
        Div card = new Div(where, who, body, approve);
        card.addClassName("draft-card");
        return card;
    }

    private void approve(Comment draft) {
        try {
            services.comments().approve(draft.id());
            Notification.show(getTranslation("drafts.approved"));
        } catch (UserFacingException refusal) {
            Notification.show(getTranslation(refusal.messageKey(), refusal.arguments()));
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("drafts.title");
    }
}

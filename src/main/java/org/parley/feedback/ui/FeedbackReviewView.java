package org.parley.feedback.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import org.parley.base.UserFacingException;
import org.parley.base.ui.MainLayout;
import org.parley.document.DocumentNotFoundException;
import org.parley.feedback.FeedbackProposal;
import org.parley.feedback.FeedbackResult;
import org.parley.feedback.FeedbackService;
import org.parley.feedback.ProposedFeedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The review of a Word file's proposal: what will be created, paragraph by paragraph; untick, then accept. */
@Route(value = "documents/:slug/v/:version/feedback/:proposal", layout = MainLayout.class)
@PermitAll
public class FeedbackReviewView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final FeedbackService feedback;
    private final List<ProposedParagraphCard> cards = new ArrayList<>();
    private final Span error = new Span();
    private FeedbackProposal proposal;

    public FeedbackReviewView(FeedbackService feedback) {
        this.feedback = feedback;
        addClassName("feedback-review");
    }

    static RouteParameters parameters(String slug, int version, long proposalId) {
        return new RouteParameters(Map.of("slug", slug, "version", String.valueOf(version),
                "proposal", String.valueOf(proposalId)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElseThrow(DocumentNotFoundException::new);
        int version = event.getRouteParameters().getInteger("version").orElseThrow(DocumentNotFoundException::new);
        long id = event.getRouteParameters().getLong("proposal").orElseThrow(DocumentNotFoundException::new);
        proposal = feedback.proposal(slug, version, id);
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feedback.import.title");
    }

    private void render() {
        removeAll();
        cards.clear();
        add(new H2(getTranslation("feedback.review.title", proposal.organisation())),
                new Paragraph(getTranslation("feedback.review.file", proposal.fileName())),
                new Paragraph(getTranslation("feedback.review.summary", proposal.itemCount(),
                        proposal.paragraphs().size())));
        if (proposal.unplaced() > 0) {
            add(new Paragraph(getTranslation("feedback.review.unplaced", proposal.unplaced())));
        }
        for (ProposedFeedback paragraph : proposal.paragraphs()) {
            ProposedParagraphCard card = new ProposedParagraphCard(paragraph);
            cards.add(card);
            add(card);
        }
        Button accept = new Button(getTranslation("feedback.review.accept"), click -> accept());
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setId("word-feedback-accept");
        error.addClassName("form-error");
        error.setId("word-feedback-review-error");
        Div actions = new Div(accept, new Anchor(readingAddress(), getTranslation("feedback.review.back")));
        actions.addClassName("feedback-actions");
        add(error, actions);
    }

    private void accept() {
        List<Integer> ticked = cards.stream().flatMap(card -> card.ticked().stream()).toList();
        try {
            FeedbackResult result = feedback.accept(proposal.documentSlug(), proposal.versionNumber(), proposal.id(),
                    ticked);
            Notification.show(getTranslation("feedback.review.accepted", result.created().size(),
                    proposal.organisation())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().navigate(readingAddress()); // by address: the reading view is another feature's
        } catch (UserFacingException refusal) {
            error.setText(getTranslation(refusal.messageKey(), refusal.arguments()));
        }
    }

    private String readingAddress() {
        return "documents/" + proposal.documentSlug() + "/v/" + proposal.versionNumber();
    }
}

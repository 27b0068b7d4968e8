package org.parley.comment.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.parley.comment.Comment;
import org.parley.comment.CommentService;
import org.parley.organisation.Organisation;

import java.util.function.Consumer;

/**
 * The buttons of one comment, only those that can work for this reader (the service decides anyway; a refusal
 * becomes a notification through the UI error handler).
 */
class CommentActions extends Div {

    private final CommentService comments;
    private final Comment comment;
    private final Runnable acted;

    CommentActions(CommentServices services, Viewer viewer, Comment comment, Consumer<Comment> reply,
                   Runnable acted) {
        this.comments = services.comments();
        this.comment = comment;
        this.acted = acted;
        addClassName("comment-actions");
        if (viewer.mayDecide(comment)) {
            button("approve", ButtonVariant.LUMO_PRIMARY, click -> act(() -> comments.approve(comment.id())));
            button("return", null, click -> prompt("return", null, note -> comments.returnToAuthor(comment.id(), note)));
        }
        if (viewer.mayReply(comment)) {
            button("reply", null, click -> reply.accept(comment));
        }
        for (Organisation organisation : viewer.mayEndorseFor(comment)) {
            endorsement(organisation);
        }
        if (viewer.mayEdit(comment)) {
            button("edit", null, click -> prompt("edit", comment.body(),
                    text -> comments.edit(comment.id(), text, comment.proposedText(), comment.revision())));
            button("withdraw", ButtonVariant.LUMO_ERROR, click -> act(() -> comments.withdraw(comment.id())));
        }
        if (viewer.mayFlag(comment)) {
            flag();
        }
        if (viewer.mayHide(comment)) {
            button("hide", ButtonVariant.LUMO_ERROR, click -> prompt("hide", null,
                    reason -> comments.hide(comment.id(), reason)));
        }
    }

    /** Once per reader: after it, a disabled "Flagged" and a thank-you that says what happens next. */
    private void flag() {
        if (comments.flaggedByMe(comment.id())) {
            Button flagged = new Button(getTranslation("comment.action.flagged"));
            flagged.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            flagged.addClassName("action-flagged");
            flagged.setEnabled(false);
            add(flagged);
            return;
        }
        button("flag", null, click -> prompt("flag", null, reason -> {
            comments.flag(comment.id(), reason);
            Notification.show(getTranslation("comment.flag.thanks"), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }));
    }

    private void endorsement(Organisation organisation) {
        boolean endorsed = comment.endorsements().stream().anyMatch(ref -> ref.id() == organisation.id());
        Button button = new Button(getTranslation(endorsed ? "comment.action.unendorse" : "comment.action.endorse",
                organisation.shortName()), click -> act(() -> {
                    if (endorsed) {
                        comments.withdrawEndorsement(comment.id(), organisation.id());
                    } else {
                        comments.endorse(comment.id(), organisation.id());
                    }
                }));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.addClassName("action-endorse");
        add(button);
    }

    private void button(String action, ButtonVariant variant, ComponentEventListener<ClickEvent<Button>> listener) {
        Button button = new Button(getTranslation("comment.action." + action), listener);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        if (variant != null) {
            button.addThemeVariants(variant);
        }
        button.addClassName("action-" + action);
        add(button);
    }

    private void prompt(String action, String initial, Consumer<String> perform) {
        new TextPromptDialog(getTranslation("comment.prompt." + action + ".title"),
                getTranslation("comment.prompt." + action + ".label"), initial,
                getTranslation("comment.action." + action), text -> act(() -> perform.accept(text))).open();
    }

    private void act(Runnable call) {
        call.run();
        acted.run();
    }
}

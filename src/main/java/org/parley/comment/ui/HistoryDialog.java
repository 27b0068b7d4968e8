package org.parley.comment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import org.parley.comment.Comment;

import java.util.List;

/** The earlier texts of an edited comment, oldest first, behind its "edited" marker. */
class HistoryDialog extends Dialog {

    HistoryDialog(List<String> earlier) {
        setHeaderTitle(getTranslation("comment.history.title"));
        addClassName("history-dialog");
        if (earlier.isEmpty()) {
            add(new Div(getTranslation("comment.history.none")));
        }
        for (String text : earlier) {
            Div version = new Div();
            version.setText(text);
            version.addClassName("history-text");
            version.getElement().setAttribute("dir", "auto");
            add(version);
        }
        getFooter().add(new Button(getTranslation("comment.form.close"), click -> close()));
    }

    static Button marker(CommentServices services, Comment comment) {
        Button edited = new Button(getTranslationOf("comment.card.edited"),
                click -> new HistoryDialog(services.queries().history(comment.id())).open());
        edited.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        edited.addClassName("edited-marker");
        return edited;
    }

    private static String getTranslationOf(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}

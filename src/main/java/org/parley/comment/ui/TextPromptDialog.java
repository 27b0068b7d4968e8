package org.parley.comment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.parley.base.UserFacingException;

import java.util.function.Consumer;

/** Asks for one text (a reason, a note, a new text) and keeps the dialog open, with the message, if refused. */
class TextPromptDialog extends Dialog {

    private final TextArea text = new TextArea();
    private final Span error = new Span();

    TextPromptDialog(String title, String label, String initial, String confirm, Consumer<String> action) {
        setHeaderTitle(title);
        addClassName("text-prompt");
        text.setLabel(label);
        text.setWidth("min(32rem, 80vw)");
        text.getElement().setAttribute("dir", "auto");
        text.setValue(initial == null ? "" : initial);
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        add(text, error);
        Button ok = new Button(confirm, click -> {
            try {
                action.accept(text.getValue());
                close();
            } catch (UserFacingException refused) {
                error.setText(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClassName("prompt-confirm");
        Button cancel = new Button(getTranslation("comment.form.cancel"), click -> close());
        getFooter().add(cancel, ok);
    }

    TextArea field() {
        return text;
    }
}

package org.parley.workbench.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.parley.base.UserFacingException;
import org.parley.document.DocumentVersion;
import org.parley.disposition.DispositionService;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Publishing a draft as a milestone, optionally opening the next round; refusals shown in the dialog. */
class PublishDialog extends Dialog {

    private final TextField milestone = new TextField();
    private final TextArea override = new TextArea();
    private final Checkbox openRound = new Checkbox();
    private final DatePicker closes = new DatePicker();
    private final Span error = new Span();

    PublishDialog(DispositionService dispositions, DocumentVersion draft, Runnable published) {
        setHeaderTitle(getTranslation("workbench.publish.title", draft.number()));
        setId("publish-dialog");
        milestone.setLabel(getTranslation("workbench.publish.milestone"));
        milestone.setHelperText(getTranslation("workbench.publish.milestone.example"));
        milestone.setMaxLength(300);
        milestone.setWidthFull();
        milestone.setId("publish-milestone");
        override.setLabel(getTranslation("workbench.publish.override"));
        override.setHelperText(getTranslation("workbench.publish.override.helper"));
        override.setMaxLength(2000);
        openRound.setLabel(getTranslation("workbench.publish.open-round"));
        openRound.setId("publish-open-round");
        closes.setLabel(getTranslation("workbench.publish.closes"));
        closes.setId("publish-closes");
        closes.setMin(LocalDate.now().plusDays(1));
        closes.setVisible(false);
        openRound.addValueChangeListener(e -> closes.setVisible(e.getValue()));
        error.addClassName("form-error");
        error.setId("publish-error");
        FormLayout form = new FormLayout(milestone, override, openRound, closes, error);
        form.setColspan(milestone, 2);
        form.setColspan(override, 2);
        form.setColspan(error, 2);
        add(form);
        Button publish = new Button(getTranslation("workbench.publish"), click -> publish(dispositions, draft,
                published));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setId("publish-confirm");
        getFooter().add(new Button(getTranslation("import.cancel"), click -> close()), publish);
    }

    private void publish(DispositionService dispositions, DocumentVersion draft, Runnable published) {
        try {
            OffsetDateTime closesAt = openRound.getValue() && closes.getValue() != null
                    ? closes.getValue().atStartOfDay(ZoneId.systemDefault()).toOffsetDateTime() : null;
            dispositions.publish(draft.id(), milestone.getValue(),
                    override.getValue().isBlank() ? null : override.getValue(), null, closesAt);
            close();
            published.run();
        } catch (UserFacingException refusal) {
            error.setText(getTranslation(refusal.messageKey(), refusal.arguments()));
        }
    }
}

package org.parley.document.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.parley.base.ui.UploadTexts;
import org.parley.base.UserFacingException;
import org.parley.document.DocumentService;
import org.parley.document.DocumentSummary;
import org.parley.document.NewDocument;
import org.parley.document.Visibility;

import java.util.List;

/**
 * Title, short name, language, visibility and a Markdown/DOCX file; the service validates everything and
 * its refusal is shown next to the form, which keeps what was typed.
 */
class ImportDocumentDialog extends Dialog {

    /** The browser-side limit; the service enforces its own configured limit with a precise message. */
    private static final int MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

    private final DocumentService documents;
    private final Runnable onImported;
    private final TextField title = new TextField();
    private final TextField slug = new TextField();
    private final Select<String> language = new Select<>();
    private final Select<Visibility> visibility = new Select<>();
    private final Span error = new Span();
    private String fileName;
    private byte[] content;

    ImportDocumentDialog(DocumentService documents, Runnable onImported) {
        this.documents = documents;
        this.onImported = onImported;
        setHeaderTitle(getTranslation("import.dialog.title"));
        setId("import-dialog");
        add(form());
        Button cancel = new Button(getTranslation("import.cancel"), click -> close());
        Button submit = new Button(getTranslation("import.submit"), click -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("import-submit");
        getFooter().add(cancel, submit);
    }

    private FormLayout form() {
        title.setLabel(getTranslation("import.field.title"));
        title.setMaxLength(300);
        title.setRequired(true);
        slug.setLabel(getTranslation("import.field.slug"));
        slug.setHelperText(getTranslation("import.field.slug.helper"));
        slug.setMaxLength(80);
        slug.setRequired(true);
        language.setLabel(getTranslation("import.field.language"));
        language.setItems(List.of("en", "fr", "es", "ar"));
        language.setItemLabelGenerator(code -> getTranslation("language." + code));
        language.setValue("en");
        visibility.setLabel(getTranslation("import.field.visibility"));
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation("documents.visibility." + v));
        visibility.setValue(Visibility.MEMBERS);
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            fileName = metadata.fileName();
            content = bytes;
        }));
        upload.setAcceptedFileTypes(".md", ".markdown", ".txt", ".docx");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        UploadTexts.translated(upload);
        upload.addFileRejectedListener(event -> error.setText(getTranslation("error.upload-too-large")));
        upload.setDropLabel(new Span(getTranslation("import.file.drop")));
        upload.addFileRemovedListener(event -> content = null);
        error.addClassName("form-error");
        error.setId("import-error");
        FormLayout form = new FormLayout(title, slug, language, visibility, new Span(getTranslation("import.field.file")),
                upload, error);
        form.setColspan(upload, 2);
        form.setColspan(error, 2);
        return form;
    }

    private void submit() {
        if (content == null) {
            error.setText(getTranslation("import.error.no-file"));
            return;
        }
        try {
            DocumentSummary created = documents.importDocument(
                    new NewDocument(slug.getValue(), title.getValue(), language.getValue(), visibility.getValue()),
                    fileName, content);
            Notification.show(getTranslation("import.success", created.document().title(),
                    created.latest().paragraphCount(), documents.sections(created.latest()).size()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            onImported.run();
        } catch (UserFacingException refusal) {
            error.setText(getTranslation(refusal.messageKey(), refusal.arguments()));
        }
    }
}

package org.parley.translation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.parley.base.ui.UploadTexts;
import org.parley.base.UserFacingException;
import org.parley.document.DocumentVersion;
import org.parley.translation.TranslationProposal;
import org.parley.translation.TranslationService;

/**
 * Uploads a translated file; the proposed alignment is shown for review (and correction) and saved only when the
 * translator accepts it.
 */
class ImportPanel extends Div {

    private static final int MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

    private final TranslationService translations;
    private final DocumentVersion version;
    private final String language;
    private final Runnable saved;
    private final Span error = new Span();
    private final Div review = new Div();

    ImportPanel(TranslationService translations, DocumentVersion version, String language, Runnable saved) {
        this.translations = translations;
        this.version = version;
        this.language = language;
        this.saved = saved;
        addClassName("translation-import");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> propose(metadata.fileName(), bytes)))));
        upload.setId("translation-upload");
        upload.setAcceptedFileTypes(".md", ".markdown", ".txt", ".docx");
        UploadTexts.translated(upload);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        upload.addFileRejectedListener(event -> error.setText(getTranslation("error.upload-too-large")));
        error.addClassName("form-error");
        error.setId("translation-import-error");
        review.setId("translation-review");
        add(new H2(getTranslation("translate.import")), upload, error, review);
    }

    void propose(String fileName, byte[] content) {
        error.setText("");
        review.removeAll();
        try {
            TranslationProposal proposal = translations.propose(version, language, fileName, content);
            Button cancel = new Button(getTranslation("translate.review.cancel"), e -> review.removeAll());
            review.add(new ProposalReview(proposal, this::accepted), cancel);
        } catch (UserFacingException e) {
            error.setText(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private void accepted(ProposalReview.Accepted accepted) {
        try {
            int count = translations.accept(version, language, accepted.paragraphs(), accepted.headings());
            review.removeAll();
            Notification.show(getTranslation("translate.review.saved", count))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            saved.run();
        } catch (UserFacingException e) {
            error.setText(getTranslation(e.messageKey(), e.arguments()));
        }
    }
}

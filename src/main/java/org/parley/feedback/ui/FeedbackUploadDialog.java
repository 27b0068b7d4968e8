package org.parley.feedback.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.parley.base.ui.UploadTexts;
import org.parley.base.UserFacingException;
import org.parley.feedback.FeedbackProposal;
import org.parley.feedback.FeedbackService;
import org.parley.feedback.ImportTarget;
import org.parley.organisation.Organisation;

/**
 * Choose the organisation that sent the Word file and upload it; the service reads it and the review screen
 * shows what it proposes. A refusal (not a Word file, another document's…) is shown here, in the user's language.
 */
class FeedbackUploadDialog extends Dialog {

    /** The browser-side limit; the service enforces its own (10 MB) with a precise message. */
    private static final int MAX_UPLOAD_BYTES = 11 * 1024 * 1024;

    private final FeedbackService feedback;
    private final ImportTarget target;
    private final Select<Organisation> organisation = new Select<>();
    private final Span error = new Span();
    private String fileName;
    private byte[] content;

    FeedbackUploadDialog(FeedbackService feedback, ImportTarget target) {
        this.feedback = feedback;
        this.target = target;
        setId("word-feedback-dialog");
        setHeaderTitle(getTranslation("feedback.import.title"));
        organisation.setLabel(getTranslation("feedback.import.organisation"));
        organisation.setItems(target.organisations());
        organisation.setItemLabelGenerator(o -> o.name() + " (" + o.shortName() + ")");
        organisation.setId("word-feedback-organisation");
        if (target.organisations().size() == 1) {
            organisation.setValue(target.organisations().get(0));
        }
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            fileName = metadata.fileName();
            content = bytes;
        }));
        upload.setAcceptedFileTypes(".docx");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        UploadTexts.translated(upload);
        upload.setId("word-feedback-upload");
        upload.addFileRejectedListener(event -> error.setText(getTranslation("error.upload-too-large")));
        upload.addFileRemovedListener(event -> content = null);
        error.addClassName("form-error");
        error.setId("word-feedback-error");
        FormLayout form = new FormLayout(organisation, new Span(getTranslation("feedback.import.file")), upload, error);
        form.setColspan(upload, 2);
        form.setColspan(error, 2);
        add(form);
        Button read = new Button(getTranslation("feedback.import.read"), click -> read());
        read.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        read.setId("word-feedback-read");
        getFooter().add(new Button(getTranslation("feedback.import.cancel"), click -> close()), read);
    }

    private void read() {
        if (content == null) {
            error.setText(getTranslation("import.error.no-file"));
            return;
        }
        try {
            FeedbackProposal proposal = feedback.propose(target.slug(), target.versionNumber(),
                    organisation.isEmpty() ? null : organisation.getValue().shortName(), fileName, content);
            close();
            UI.getCurrent().navigate(FeedbackReviewView.class,
                    FeedbackReviewView.parameters(target.slug(), target.versionNumber(), proposal.id()));
        } catch (UserFacingException refusal) {
            error.setText(getTranslation(refusal.messageKey(), refusal.arguments()));
        }
    }
}

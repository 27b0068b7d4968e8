package org.parley.workbench.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.parley.base.ui.UploadTexts;
import org.parley.base.UserFacingException;
import org.parley.document.DocumentService;
import org.parley.document.DocumentSummary;
import org.parley.document.DocumentVersion;
import org.parley.document.VersionStatus;
import org.parley.disposition.DispositionService;
import org.parley.drafting.RevisionService;

import java.util.Optional;

/** What can be done with the next draft: start it, import it from Word/Markdown, open it, publish it. */
class DraftActions extends HorizontalLayout {

    DraftActions(DocumentService documents, DispositionService dispositions, RevisionService revisions,
                 DocumentSummary summary, DocumentVersion round, Runnable changed) {
        addClassName("draft-actions");
        setAlignItems(Alignment.BASELINE);
        setWrap(true);
        String slug = summary.document().slug();
        Optional<DocumentVersion> next = summary.versionAnswering(round);
        if (next.isEmpty()) {
            Button start = new Button(getTranslation("workbench.start-draft"), click -> {
                attempt(() -> revisions.startNextDraft(slug));
                changed.run();
            });
            start.setId("start-draft");
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui ->
                    ui.access(() -> attempt(() -> new MappingReviewDialog(documents, revisions,
                            revisions.proposeRevision(slug, metadata.fileName(), bytes), changed).open())))));
            upload.setAcceptedFileTypes(".md", ".markdown", ".txt", ".docx");
            UploadTexts.translated(upload);
            upload.setMaxFiles(1);
            upload.setUploadButton(new Button(getTranslation("workbench.import-draft")));
            upload.setDropLabel(new Span(getTranslation("workbench.import-draft.drop")));
            upload.setId("import-draft");
            add(start, upload);
            return;
        }
        DocumentVersion draft = next.get();
        add(new Anchor("documents/" + slug + "/v/" + draft.number(),
                getTranslation("workbench.open-draft", draft.number())));
        if (draft.status() == VersionStatus.DRAFT) {
            Button publish = new Button(getTranslation("workbench.publish"),
                    click -> new PublishDialog(dispositions, draft, changed).open());
            publish.setId("publish-draft");
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(publish);
        } else {
            add(new Span(getTranslation("workbench.draft-published", draft.number(),
                    draft.label() == null ? "" : draft.label())));
        }
    }

    private void attempt(Runnable action) {
        try {
            action.run();
        } catch (UserFacingException refusal) {
            Notification.show(getTranslation(refusal.messageKey(), refusal.arguments()), 6000,
                    Notification.Position.MIDDLE);
        }
    }
}

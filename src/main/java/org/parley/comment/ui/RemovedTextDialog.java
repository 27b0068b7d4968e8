package org.parley.comment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.parley.comment.CarriedComment;

import java.util.List;

/**
 * The comments made on text that is no longer in this version, with the text they referred to: nothing is lost
 * when a paragraph is deleted. Opened from the reading view's header.
 */
class RemovedTextDialog extends Dialog {

    RemovedTextDialog(List<CarriedComment> comments, String slug) {
        setHeaderTitle(getTranslation("comment.removed.title"));
        addClassName("removed-text-dialog");
        setId("removed-text-dialog");
        setWidth("min(48rem, 95vw)");
        Paragraph intro = new Paragraph(getTranslation(comments.isEmpty() ? "comment.removed.none"
                : "comment.removed.intro"));
        intro.addClassName("removed-intro");
        add(intro, new CarriedComments(comments, null, slug));
        getFooter().add(new Button(getTranslation("comment.form.close"), click -> close()));
    }

    /** The header button, "On removed text (N)", or null when there is nothing to show. */
    static Button opener(CommentServices services, long versionId, long documentId) {
        int count = services.carried().removedTextComments(versionId).size();
        if (count == 0) {
            return null;
        }
        String slug = services.documents().documentById(documentId).document().slug();
        Button open = new Button(getTranslationOf("comment.removed.open", count),
                click -> new RemovedTextDialog(services.carried().removedTextComments(versionId), slug).open());
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        open.setId("removed-text-open");
        return open;
    }

    private static String getTranslationOf(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }
}

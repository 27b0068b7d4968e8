package org.parley.feedback.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.parley.base.ui.ReadingViewExtension;
import org.parley.feedback.FeedbackService;
import org.parley.feedback.ImportTarget;

import java.util.List;
import java.util.Optional;

/** Offers "Import Word feedback" in the reading view of a version open for comments, to those who may import. */
@org.springframework.stereotype.Component
class FeedbackReadingExtension implements ReadingViewExtension {

    private final FeedbackService feedback;

    FeedbackReadingExtension(FeedbackService feedback) {
        this.feedback = feedback;
    }

    @Override
    public Contribution contribute(long versionId) {
        Optional<ImportTarget> target = feedback.importTarget(versionId);
        return target.isEmpty() ? Contribution.NONE : new ImportAction(feedback, target.get());
    }

    /** The header button; nothing in the margin or beside the text. */
    private record ImportAction(FeedbackService feedback, ImportTarget target) implements Contribution {

        @Override
        public List<Component> header() {
            Button open = new Button(VaadinIcon.FILE_TEXT_O.create(),
                    click -> new FeedbackUploadDialog(feedback, target).open());
            open.setText(open.getTranslation("feedback.import.action"));
            open.setId("word-feedback-import");
            return List.of(open);
        }
    }
}

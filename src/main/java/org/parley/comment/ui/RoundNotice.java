package org.parley.comment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import org.parley.document.DocumentVersion;
import org.parley.document.VersionStatus;

import java.util.Optional;

/** Under the banner of a version open for comments: why this reader cannot comment, if they cannot. */
final class RoundNotice {

    private RoundNotice() {
    }

    static Optional<Component> of(DocumentVersion version, Viewer viewer) {
        if (version.status() != VersionStatus.OPEN_FOR_COMMENTS || viewer.mayComment()) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        if (!viewer.signedIn()) {
            Anchor login = new Anchor("login", ui.getTranslation("comment.notice.sign-in"));
            login.addClassName("round-notice");
            login.setId("round-notice");
            return Optional.of(login);
        }
        Span why = new Span(ui.getTranslation("comment.notice.cannot-comment",
                ui.getTranslation(viewer.refusal().orElseThrow())));
        why.addClassName("round-notice");
        why.setId("round-notice");
        return Optional.of(why);
    }
}

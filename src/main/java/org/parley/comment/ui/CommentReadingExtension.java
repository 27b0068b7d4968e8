package org.parley.comment.ui;

import org.parley.base.ui.ReadingViewExtension;
import org.springframework.stereotype.Component;

/** Adds the comments to the reading view: margin counts, the thread panel, filters and the round notice. */
@Component
class CommentReadingExtension implements ReadingViewExtension {

    private final CommentServices services;

    CommentReadingExtension(CommentServices services) {
        this.services = services;
    }

    @Override
    public Contribution contribute(long versionId) {
        return new CommentWorkspace(services, versionId);
    }
}

package org.parley.export.ui;

import org.parley.base.ui.VersionDownloads;
import org.parley.export.ExportService;

/** Puts the export feature's download menu into the reading view. */
@org.springframework.stereotype.Component
class ExportDownloads implements VersionDownloads {

    private final ExportService exports;

    ExportDownloads(ExportService exports) {
        this.exports = exports;
    }

    @Override
    public com.vaadin.flow.component.Component menu(String slug, int number, Integer previous, String language) {
        return new DownloadMenu(exports, slug, number, previous, language);
    }
}

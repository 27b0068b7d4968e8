package org.parley.export.ui;

import org.parley.base.ui.VersionDownloads;

/** Puts the export feature's download menu into the reading view. */
@org.springframework.stereotype.Component
class ExportDownloads implements VersionDownloads {

    @Override
    public com.vaadin.flow.component.Component menu(String slug, int number, Integer previous, String language) {
        return new DownloadMenu(slug, number, previous, language);
    }
}

package org.parley.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Lets the export feature offer downloads of the version a reader is looking at, without the document feature
 * knowing it. A Spring bean; absent, the reading view shows no download menu.
 */
public interface VersionDownloads {

    /**
     * The download menu for version {@code number} in {@code language} (the language being read; null: the
     * version's own); {@code previous} (or null) is the version before it.
     */
    Component menu(String slug, int number, Integer previous, String language);
}

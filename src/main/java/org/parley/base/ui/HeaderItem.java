package org.parley.base.ui;

import com.vaadin.flow.component.Component;

/** A Spring bean adding one item to the header (e.g. the notification bell) without the shell knowing the feature. */
public interface HeaderItem {

    /** A new component for one UI, or null to show nothing (e.g. nobody signed in). */
    Component create();
}

package org.parley.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A Spring bean adding one item to the right-hand side of the header (search box, notification bell, language,
 * account) without the shell knowing the feature. Items appear in the beans' {@code @Order}.
 */
public interface HeaderItem {

    /** A new component for one UI, or null to show nothing (e.g. nobody signed in). */
    Component create();
}

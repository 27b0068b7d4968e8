package org.parley.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A Spring bean adding one link to the navigation, after the brand, without the shell knowing the feature.
 * Links appear in the beans' {@code @Order}.
 */
public interface NavigationLink {

    /** A new component for one UI, or null to show nothing (e.g. a link for admins only). */
    Component create();
}

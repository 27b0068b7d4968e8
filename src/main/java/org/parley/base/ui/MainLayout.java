package org.parley.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.ObjectProvider;

import java.util.Objects;

/**
 * The shell on every page: the brand, then the features' navigation links, then their header items. It knows no
 * feature: each contributes {@link NavigationLink} and {@link HeaderItem} beans.
 */
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout(ObjectProvider<NavigationLink> navigationLinks, ObjectProvider<HeaderItem> headerItems) {
        setPrimarySection(Section.NAVBAR);
        Anchor brand = new Anchor("", getTranslation("app.name"));
        brand.addClassName("brand");
        HorizontalLayout bar = new HorizontalLayout(brand);
        navigationLinks.orderedStream().map(NavigationLink::create).filter(Objects::nonNull).forEach(bar::add);
        bar.addClassName("navbar");
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        Div spacer = new Div();
        bar.add(spacer);
        bar.setFlexGrow(1, spacer);
        headerItems.orderedStream().map(HeaderItem::create).filter(Objects::nonNull).forEach(bar::add);
        addToNavbar(bar);
    }

    /** A link to the home page (the document list), for pages that offer a way back. */
    public static Component homeLink(String text) {
        Anchor home = new Anchor("", text);
        home.getElement().setAttribute("router-link", true);
        return home;
    }
}

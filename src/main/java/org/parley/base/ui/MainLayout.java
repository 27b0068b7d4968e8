package org.parley.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.ReconnectDialogConfiguration;
import com.vaadin.flow.component.UI;
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

    /** The id of the page's main region, the target of the skip link. */
    public static final String MAIN_CONTENT = "main-content";

    public MainLayout(ObjectProvider<NavigationLink> navigationLinks, ObjectProvider<HeaderItem> headerItems) {
        setPrimarySection(Section.NAVBAR);
        Anchor skip = new Anchor("#" + MAIN_CONTENT, getTranslation("nav.skip-to-content"));
        skip.addClassName("skip-link");
        skip.setId("skip-to-content");
        Anchor brand = new Anchor("", getTranslation("app.name"));
        brand.addClassName("brand");
        HorizontalLayout bar = new HorizontalLayout(skip, brand);
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

    /** Every page's own content is the document's main landmark, and what "Skip to content" moves focus to. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("role", "main");
            content.getElement().setAttribute("tabindex", "-1");
            if (!content.getElement().hasAttribute("id")) {
                content.getElement().setAttribute("id", MAIN_CONTENT);
            }
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        speakTheReadersLanguageWhileOffline(attachEvent.getUI());
    }

    /**
     * Vaadin's connection indicator ("Online", "Reconnecting…", "Connection lost") is drawn by the browser without a
     * round trip: its texts are handed to it in the reader's language while the connection is there.
     */
    private void speakTheReadersLanguageWhileOffline(UI ui) {
        @SuppressWarnings("deprecation") // still how Flow 24 passes the texts on to the connection indicator
        ReconnectDialogConfiguration reconnect = ui.getReconnectDialogConfiguration();
        reconnect.setDialogText(getTranslation("connection.reconnecting"));
        reconnect.setDialogTextGaveUp(getTranslation("connection.offline"));
        ui.getPage().executeJs("const indicator = window.Vaadin && window.Vaadin.connectionIndicator;"
                        + "if (indicator) { indicator.onlineText = $0; indicator.reconnectingText = $1;"
                        + " indicator.offlineText = $2; }", getTranslation("connection.online"),
                getTranslation("connection.reconnecting"), getTranslation("connection.offline"));
    }

    /** A link to the home page (the document list), for pages that offer a way back. */
    public static Component homeLink(String text) {
        Anchor home = new Anchor("", text);
        home.getElement().setAttribute("router-link", true);
        return home;
    }
}

package org.parley.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.parley.organisation.OrganisationService;
import org.parley.search.SearchService;
import org.parley.security.CurrentUser;
import org.parley.security.GlobalRole;
import org.parley.security.ParleyUser;
import org.springframework.beans.factory.ObjectProvider;

/** The shell: brand, navigation, language switcher and the account menu, on every page. */
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout(CurrentUser currentUser, AuthenticationContext authentication,
                      OrganisationService organisations, SearchService search,
                      ObjectProvider<HeaderItem> headerItems) {
        setPrimarySection(Section.NAVBAR);
        Anchor brand = new Anchor("", getTranslation("app.name"));
        brand.addClassName("brand");
        RouterLink documents = new RouterLink(getTranslation("nav.documents"), documentListView());
        documents.addClassName("nav-link");
        Anchor positions = new Anchor("positions", getTranslation("nav.positions"));
        positions.addClassNames("nav-link", "nav-positions");
        HorizontalLayout bar = new HorizontalLayout(brand, documents, positions);
        bar.addClassName("navbar");
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        Div spacer = new Div();
        bar.add(spacer);
        bar.setFlexGrow(1, spacer);
        bar.add(new HeaderSearch(search));
        headerItems.orderedStream().map(HeaderItem::create).filter(java.util.Objects::nonNull).forEach(bar::add);
        bar.add(new LanguageSwitcher(currentUser, organisations));
        bar.add(accountArea(currentUser, authentication));
        addToNavbar(bar);
    }

    private com.vaadin.flow.component.Component accountArea(CurrentUser currentUser,
                                                            AuthenticationContext authentication) {
        if (currentUser.get().isEmpty()) {
            Anchor login = new Anchor("login", getTranslation("nav.login"));
            login.addClassName("nav-link");
            login.setId("login-link");
            return login;
        }
        ParleyUser user = currentUser.get().get();
        Span name = new Span(user.displayName());
        name.addClassName("user-name");
        RouterLink tokens = new RouterLink(getTranslation("nav.api-tokens"),
                org.parley.security.ui.ApiTokensView.class);
        tokens.addClassName("nav-link");
        Button logout = new Button(getTranslation("nav.logout"), click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout-button");
        HorizontalLayout area = new HorizontalLayout(name, tokens, logout);
        if (currentUser.hasRole(GlobalRole.ADMIN)) {
            RouterLink searchAdmin = new RouterLink(getTranslation("nav.search-admin"),
                    org.parley.search.ui.SearchAdminView.class);
            searchAdmin.addClassName("nav-link");
            area.addComponentAtIndex(1, searchAdmin);
        }
        area.setAlignItems(FlexComponent.Alignment.CENTER);
        area.addClassName("account-area");
        return area;
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends com.vaadin.flow.component.Component> documentListView() {
        return org.parley.document.ui.DocumentListView.class;
    }
}

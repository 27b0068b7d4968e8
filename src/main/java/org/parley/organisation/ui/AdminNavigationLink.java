package org.parley.organisation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLink;
import org.parley.base.ui.NavigationLink;
import org.parley.security.CurrentUser;
import org.parley.security.GlobalRole;
import org.springframework.core.annotation.Order;

/** "People" and "Organisations" in the navigation, for admins. */
@org.springframework.stereotype.Component
@Order(40)
class AdminNavigationLink implements NavigationLink {

    private final CurrentUser currentUser;

    AdminNavigationLink(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public Component create() {
        if (!currentUser.hasRole(GlobalRole.ADMIN)) {
            return null;
        }
        RouterLink people = new RouterLink(PeopleView.class);
        people.setText(people.getTranslation("nav.people"));
        people.addClassNames("nav-link", "nav-people");
        RouterLink organisations = new RouterLink(OrganisationsView.class);
        organisations.setText(organisations.getTranslation("nav.organisations"));
        organisations.addClassNames("nav-link", "nav-organisations");
        Div links = new Div(people, organisations);
        links.addClassName("admin-links");
        return links;
    }
}

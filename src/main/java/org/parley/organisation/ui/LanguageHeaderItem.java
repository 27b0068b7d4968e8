package org.parley.organisation.ui;

import com.vaadin.flow.component.Component;
import org.parley.base.ui.HeaderItem;
import org.parley.organisation.OrganisationService;
import org.parley.security.CurrentUser;
import org.springframework.core.annotation.Order;

/** The interface language switcher in the header; a signed-in person's choice is kept in their profile. */
@org.springframework.stereotype.Component
@Order(30)
class LanguageHeaderItem implements HeaderItem {

    private final CurrentUser currentUser;
    private final OrganisationService organisations;

    LanguageHeaderItem(CurrentUser currentUser, OrganisationService organisations) {
        this.currentUser = currentUser;
        this.organisations = organisations;
    }

    @Override
    public Component create() {
        return new LanguageSwitcher(currentUser, organisations);
    }
}

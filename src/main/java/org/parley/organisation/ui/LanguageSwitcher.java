package org.parley.organisation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import org.parley.base.Messages;
import org.parley.base.ui.UiLocale;
import org.parley.organisation.OrganisationService;
import org.parley.security.CurrentUser;

import java.util.Locale;

/**
 * EN / FR / ES for the interface. The choice is kept in the session and, for a signed-in person, as their
 * preferred language; the page reloads so that every text is rendered anew.
 */
class LanguageSwitcher extends Select<Locale> {

    /** "English", "Français", "Español": each language named in itself, so a lost reader finds theirs. */
    static String nameInItself(Locale locale) {
        String name = locale.getDisplayLanguage(locale);
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    LanguageSwitcher(CurrentUser currentUser, OrganisationService organisations) {
        setId("language-switcher");
        setItems(Messages.SUPPORTED);
        setItemLabelGenerator(LanguageSwitcher::nameInItself);
        setAriaLabel(getTranslation("nav.language"));
        setValue(Messages.supportedOrEnglish(UI.getCurrent().getLocale()));
        addClassName("language-switcher");
        addValueChangeListener(event -> {
            if (!event.isFromClient() || event.getValue() == null) {
                return;
            }
            UiLocale.remember(VaadinSession.getCurrent(), event.getValue());
            if (currentUser.get().isPresent()) {
                organisations.changeOwnLanguage(event.getValue().getLanguage());
            }
            UI.getCurrent().getPage().reload();
        });
    }
}

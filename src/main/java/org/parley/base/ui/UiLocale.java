package org.parley.base.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import org.parley.base.Messages;
import org.parley.base.PreferredLanguage;

import java.util.Collections;
import java.util.Locale;
import java.util.Optional;

/** Which of EN/FR/ES a new page is shown in: the reader's explicit choice, their profile, then the browser. */
public final class UiLocale {

    private static final String SESSION_ATTRIBUTE = "parley.locale";

    private UiLocale() {
    }

    /** Keeps the reader's explicit choice for the rest of the session. */
    public static void remember(VaadinSession session, Locale locale) {
        session.setAttribute(SESSION_ATTRIBUTE, locale);
    }

    static Locale choose(VaadinSession session, VaadinRequest request, PreferredLanguage preferred) {
        Object chosen = session.getAttribute(SESSION_ATTRIBUTE);
        if (chosen instanceof Locale locale) {
            return locale;
        }
        Optional<Locale> profile = preferred.ofSignedInPerson();
        if (profile.isPresent()) {
            return Messages.supportedOrEnglish(profile.get());
        }
        return Collections.list(request.getLocales()).stream()
                .filter(locale -> Messages.SUPPORTED.stream().anyMatch(s -> s.getLanguage().equals(locale.getLanguage())))
                .map(Messages::supportedOrEnglish)
                .findFirst().orElse(Locale.ENGLISH);
    }
}

package org.parley.base.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import org.parley.base.Messages;
import org.parley.security.CurrentUser;

import java.util.Collections;
import java.util.Locale;
import java.util.Optional;

/** Which of EN/FR/ES a new page is shown in: the reader's explicit choice, their profile, then the browser. */
final class UiLocale {

    static final String SESSION_ATTRIBUTE = "parley.locale";

    private UiLocale() {
    }

    static Locale choose(VaadinSession session, VaadinRequest request, CurrentUser currentUser) {
        Object chosen = session.getAttribute(SESSION_ATTRIBUTE);
        if (chosen instanceof Locale locale) {
            return locale;
        }
        Optional<Locale> profile = currentUser.get().map(user -> Locale.forLanguageTag(user.preferredLanguage()));
        if (profile.isPresent()) {
            return Messages.supportedOrEnglish(profile.get());
        }
        return Collections.list(request.getLocales()).stream()
                .filter(locale -> Messages.SUPPORTED.stream().anyMatch(s -> s.getLanguage().equals(locale.getLanguage())))
                .map(Messages::supportedOrEnglish)
                .findFirst().orElse(Locale.ENGLISH);
    }
}

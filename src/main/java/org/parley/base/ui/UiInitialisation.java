package org.parley.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.parley.base.PreferredLanguage;
import org.springframework.stereotype.Component;

/** Every new session gets Parley's error handler; every new page its language. */
@Component
class UiInitialisation implements VaadinServiceInitListener {

    private final PreferredLanguage preferredLanguage;

    UiInitialisation(PreferredLanguage preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(new UiErrorHandler()));
        event.getSource().addUIInitListener(init -> {
            VaadinRequest request = VaadinRequest.getCurrent();
            if (request != null) {
                init.getUI().setLocale(UiLocale.choose(init.getUI().getSession(), request, preferredLanguage));
            }
        });
    }
}

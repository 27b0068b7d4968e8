package org.parley.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import org.parley.base.UserFacingException;
import org.parley.base.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.SocketException;
import java.util.UUID;

/**
 * Errors in UI event handlers (a click, an upload) become a notification in the reader's language: the
 * service's own message for a refusal, an incident number otherwise. No stack trace reaches the browser.
 */
class UiErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        if (isBrowserGone(event.getThrowable())) {
            // a reload or navigation cut the response short: nobody to tell, nothing to investigate
            log.debug("Browser went away mid-response", event.getThrowable());
            return;
        }
        UI ui = UI.getCurrent();
        if (ui == null) {
            log.error("Error outside of a UI", event.getThrowable());
            return;
        }
        UserFacingException refusal = findUserFacing(event.getThrowable());
        String message;
        if (refusal != null) {
            message = ui.getTranslation(refusal.messageKey(), refusal.arguments());
        } else if (DatabaseUnavailable.isCause(event.getThrowable())) {
            log.warn("Database unavailable in a UI event: {}", event.getThrowable().toString());
            message = ui.getTranslation(DatabaseUnavailable.MESSAGE_KEY);
        } else {
            String incident = UUID.randomUUID().toString();
            log.error("Unexpected UI error {}", incident, event.getThrowable());
            message = ui.getTranslation("error.unexpected", incident);
        }
        ui.access(() -> {
            Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        });
    }

    /** Like Vaadin's own default handler, which this one replaces. */
    static boolean isBrowserGone(Throwable throwable) {
        for (Throwable t = throwable; t != null; t = t.getCause()) {
            if (t instanceof SocketException
                    || t.getClass().getName().equals("org.apache.catalina.connector.ClientAbortException")) {
                return true;
            }
        }
        return false;
    }

    static UserFacingException findUserFacing(Throwable throwable) {
        for (Throwable t = throwable; t != null; t = t.getCause()) {
            if (t instanceof UserFacingException refusal) {
                return refusal;
            }
        }
        return null;
    }
}

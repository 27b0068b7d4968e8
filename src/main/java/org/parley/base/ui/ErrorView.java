package org.parley.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.servlet.http.HttpServletResponse;
import org.parley.base.UserFacingException;
import org.parley.base.PermissionDeniedException;
import org.parley.base.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.UUID;

/**
 * What a reader sees instead of a stack trace when opening a page fails: the service's refusal in their
 * language (not found, sign in first, …) or an incident number to quote.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

    private String titleKey = "error.title";

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · " + getTranslation("app.name");
    }

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    /** The same session attributes Vaadin's own access control sets, so the login success handler comes back here. */
    private static void rememberForAfterLogin(String path) {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request != null) {
            var http = request.getHttpServletRequest();
            String root = http.getScheme() + "://" + http.getServerName() + ":" + http.getServerPort()
                    + http.getContextPath() + "/";
            request.getWrappedSession().setAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT, "/" + path);
            request.getWrappedSession().setAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT_ABSOLUTE,
                    root + path);
        }
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        addClassName("error-view");
        UserFacingException refusal = UiErrorHandler.findUserFacing(parameter.getCaughtException());
        if (refusal instanceof PermissionDeniedException denied && denied.isLoginRequired()) {
            rememberForAfterLogin(event.getLocation().getPathWithQueryParameters());
            event.forwardTo("login");
            return HttpServletResponse.SC_UNAUTHORIZED;
        }
        String message;
        int status;
        if (refusal != null) {
            message = getTranslation(refusal.messageKey(), refusal.arguments());
            status = refusal instanceof PermissionDeniedException ? HttpServletResponse.SC_FORBIDDEN
                    : HttpServletResponse.SC_NOT_FOUND;
        } else if (DatabaseUnavailable.isCause(parameter.getCaughtException())) {
            log.warn("Database unavailable opening {}: {}", event.getLocation().getPath(),
                    parameter.getCaughtException().toString());
            add(new H1(getTranslation("database.unavailable.title")),
                    new Paragraph(getTranslation("database.unavailable.text")));
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        } else if (parameter.getCaughtException() instanceof NotFoundException) {
            message = getTranslation("error.not-found");
            status = HttpServletResponse.SC_NOT_FOUND;
        } else {
            String incident = UUID.randomUUID().toString();
            log.error("Unexpected error {} opening {}", incident, event.getLocation().getPath(),
                    parameter.getCaughtException());
            message = getTranslation("error.unexpected", incident);
            status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        }
        titleKey = status == HttpServletResponse.SC_NOT_FOUND ? "error.not-found.title" : "error.title";
        add(new H1(getTranslation(titleKey)), new Paragraph(message),
                MainLayout.homeLink(getTranslation("error.back-home")));
        if (status == HttpServletResponse.SC_NOT_FOUND) {
            offerSignIn(this, event.getLocation().getPathWithQueryParameters());
        }
        return status;
    }

    /**
     * An anonymous reader of a page that is not found may be missing a members-only page: the same sign-in link
     * under every "not found", whether or not the page exists, so the answer tells nothing about it.
     */
    static void offerSignIn(VerticalLayout view, String path) {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null || request.getUserPrincipal() != null) {
            return;
        }
        rememberForAfterLogin(path);
        Anchor signIn = new Anchor("login", view.getTranslation("error.sign-in-to-see"));
        signIn.setId("sign-in-to-see");
        view.add(signIn);
    }
}

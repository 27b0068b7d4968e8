package org.parley.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Where the API finds who is calling before a bearer token is read: for a read (GET, HEAD), the session of the
 * person signed in to the screens, so that a link from a page (an export) answers with that person's rights and
 * can be shared like any address; for a write, nobody (the API takes no CSRF token, so a foreign page must not
 * write with a visitor's cookie). It never creates, changes or saves a session.
 */
final class SessionReadingContextRepository implements SecurityContextRepository {

    private final HttpSessionSecurityContextRepository session = new HttpSessionSecurityContextRepository();
    private final RequestAttributeSecurityContextRepository request = new RequestAttributeSecurityContextRepository();

    SessionReadingContextRepository() {
        session.setAllowSessionCreation(false);
    }

    @Override
    @Deprecated
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return loadDeferredContext(holder.getRequest()).get();
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest call) {
        return isRead(call) ? session.loadDeferredContext(call) : request.loadDeferredContext(call);
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest call, HttpServletResponse response) {
        request.saveContext(context, call, response);
    }

    @Override
    public boolean containsContext(HttpServletRequest call) {
        return isRead(call) && session.containsContext(call);
    }

    private static boolean isRead(HttpServletRequest call) {
        return "GET".equals(call.getMethod()) || "HEAD".equals(call.getMethod());
    }
}

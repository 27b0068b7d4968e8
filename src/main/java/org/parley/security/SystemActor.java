package org.parley.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.function.Supplier;

/**
 * Lets Parley itself act through the services (demo content, start-up tasks) without pretending to be a
 * person: permission checks pass, and the audit trail records no actor.
 */
public final class SystemActor {

    private SystemActor() {
    }

    public static <T> T call(Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new Authentication());
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(Runnable action) {
        call(() -> {
            action.run();
            return null;
        });
    }

    static final class Authentication extends AbstractAuthenticationToken {

        Authentication() {
            super(AuthorityUtils.createAuthorityList("ROLE_SYSTEM"));
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return "parley";
        }
    }
}

package org.parley.security;

import org.parley.base.PermissionDeniedException;
import org.parley.base.PreferredLanguage;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Who is acting, for the services' own permission checks. Works the same for the Vaadin UI (session login)
 * and the REST API (bearer token), because both put a {@link ParleyUser} in Spring Security's context.
 */
@Component
public class CurrentUser implements PreferredLanguage {

    @Override
    public Optional<Locale> ofSignedInPerson() {
        return get().map(user -> Locale.forLanguageTag(user.preferredLanguage()));
    }


    public Optional<ParleyUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ParleyUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public ParleyUser require() {
        return get().orElseThrow(PermissionDeniedException::loginRequired);
    }

    /**
     * Refuses unless the signed-in person has one of the roles. Returns null when Parley itself acts
     * ({@link SystemActor}), which every check allows.
     */
    public ParleyUser requireRole(GlobalRole... allowed) {
        if (isSystem()) {
            return null;
        }
        ParleyUser user = require();
        if (Arrays.stream(allowed).noneMatch(role -> role == user.role())) {
            throw PermissionDeniedException.forbidden();
        }
        return user;
    }

    /** Null when nobody is signed in (anonymous reader, or Parley itself at start-up). */
    public Long personIdOrNull() {
        return get().map(ParleyUser::personId).orElse(null);
    }

    public boolean isSystem() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof SystemActor.Authentication;
    }

    public boolean hasRole(GlobalRole role) {
        return get().map(user -> user.role() == role).orElse(false);
    }

    public boolean canEdit() {
        return isSystem() || get().map(user -> user.role().canEdit()).orElse(false);
    }
}

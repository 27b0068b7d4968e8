package org.parley.security;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Collection;
import java.util.List;

/** The signed-in person as Spring Security sees them, by form login or API token alike. */
public final class ParleyUser implements UserDetails, CredentialsContainer {

    private final long personId;
    private final String email;
    private final String displayName;
    private final GlobalRole role;
    private final String preferredLanguage;
    private final boolean enabled;
    private String passwordHash;

    public ParleyUser(long personId, String email, String displayName, GlobalRole role,
                      String preferredLanguage, boolean enabled, String passwordHash) {
        this.personId = personId;
        this.email = email;
        this.displayName = displayName;
        this.role = role;
        this.preferredLanguage = preferredLanguage;
        this.enabled = enabled;
        this.passwordHash = passwordHash;
    }

    public long personId() {
        return personId;
    }

    public String displayName() {
        return displayName;
    }

    public GlobalRole role() {
        return role;
    }

    public String preferredLanguage() {
        return preferredLanguage;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}

package org.parley.security;

import org.springframework.security.core.AuthenticationException;

import java.time.Instant;

/** A sign-in refused before its password was checked: too many recent failures (see {@link LoginThrottle}). */
public class LoginThrottledException extends AuthenticationException {

    private final transient LoginThrottle.Refusal refusal;

    public LoginThrottledException(LoginThrottle.Refusal refusal) {
        super("sign-in throttled until " + refusal.until());
        this.refusal = refusal;
    }

    public LoginThrottle.Refusal refusal() {
        return refusal;
    }

    public Instant until() {
        return refusal.until();
    }
}

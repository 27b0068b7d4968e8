package org.parley.base;


/** The action is refused for this person (or for an anonymous reader: {@link #loginRequired()}). */
public class PermissionDeniedException extends UserFacingException {

    private final boolean loginRequired;

    private PermissionDeniedException(String messageKey, boolean loginRequired) {
        super(messageKey);
        this.loginRequired = loginRequired;
    }

    public static PermissionDeniedException loginRequired() {
        return new PermissionDeniedException("error.login-required", true);
    }

    public static PermissionDeniedException forbidden() {
        return new PermissionDeniedException("error.forbidden", false);
    }

    public boolean isLoginRequired() {
        return loginRequired;
    }
}

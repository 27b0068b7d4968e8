package org.parley.base;

import java.util.Arrays;

/**
 * A refusal the user can act on. Carries an i18n message key (from
 * {@code vaadin-i18n/translations*.properties}) and its arguments instead of
 * a ready-made text, so that views and the REST API can render it in the
 * reader's language.
 */
public class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public UserFacingException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public UserFacingException(String messageKey, Throwable cause, Object... arguments) {
        super(messageKey + Arrays.toString(arguments), cause);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}

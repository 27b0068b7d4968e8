package org.parley.api;

/** A field of a readable request whose value the call cannot use (422), with an i18n message key. */
final class InvalidFieldException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    InvalidFieldException(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    String field() {
        return field;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments.clone();
    }
}

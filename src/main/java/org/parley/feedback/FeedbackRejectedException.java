package org.parley.feedback;

import org.parley.base.UserFacingException;

/** An uploaded Word file (field {@code file}) or the organisation named for it (field {@code organisation}) cannot be used. */
public class FeedbackRejectedException extends UserFacingException {

    private final String field;

    FeedbackRejectedException(String field, UserFacingException cause) {
        super(cause.messageKey(), cause, cause.arguments());
        this.field = field;
    }

    FeedbackRejectedException(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

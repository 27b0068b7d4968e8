package org.parley.document.importing;

import org.parley.base.UserFacingException;

/** The uploaded file cannot be imported; the message key says why. */
public class ImportRejectedException extends UserFacingException {

    public ImportRejectedException(String messageKey, Object... args) {
        super(messageKey, args);
    }

    public ImportRejectedException(String messageKey, Throwable cause, Object... args) {
        super(messageKey, cause, args);
    }
}

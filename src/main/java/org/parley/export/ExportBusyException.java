package org.parley.export;

import org.parley.base.UserFacingException;

/** Every export slot is taken and the waiting line is full: try again in {@link #retryAfterSeconds()}. */
public class ExportBusyException extends UserFacingException {

    private final long retryAfterSeconds;

    ExportBusyException(long retryAfterSeconds) {
        super("export.error.busy", retryAfterSeconds);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}

package org.parley.api;

/**
 * A write sent with an If-Match that is no longer current: answered 412 with the thing as it is now
 * ({@code current}, the same JSON its GET answers) and its ETag, so that the caller can merge and retry.
 */
final class StaleWriteException extends RuntimeException {

    private final transient Object current;
    private final int currentRevision;

    StaleWriteException(Object current, int currentRevision) {
        super("stale If-Match; now at revision " + currentRevision);
        this.current = current;
        this.currentRevision = currentRevision;
    }

    Object current() {
        return current;
    }

    int currentRevision() {
        return currentRevision;
    }
}

package org.parley.api;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * ETags of things two people can edit: the row's revision as a strong entity tag ({@code "7"}), sent back in
 * {@code If-Match} to save against it.
 */
final class Revisions {

    private Revisions() {
    }

    static String etag(int revision) {
        return "\"" + revision + "\"";
    }

    /** The revision named by an If-Match header; a missing one is refused with 428 (precondition required). */
    static int required(String ifMatch) {
        Integer revision = optional(ifMatch);
        if (revision == null) {
            throw new PreconditionRequiredException();
        }
        return revision;
    }

    /** The revision named by an If-Match header, or null without one; an unknown tag never matches (412). */
    static Integer optional(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Integer.parseInt(tag);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Raised when a write that needs If-Match comes without it. */
    static final class PreconditionRequiredException extends ResponseStatusException {
        PreconditionRequiredException() {
            super(HttpStatus.PRECONDITION_REQUIRED);
        }
    }
}

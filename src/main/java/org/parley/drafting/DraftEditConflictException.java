package org.parley.drafting;

import org.parley.base.UserFacingException;

/**
 * Someone else saved the paragraph since the editor loaded it. Nothing was written; both texts travel with the
 * refusal so that the editor can see the other save and combine it with their own.
 */
public class DraftEditConflictException extends UserFacingException {

    private final transient DraftParagraph current;
    private final String attemptedText;

    DraftEditConflictException(DraftParagraph current, String attemptedText) {
        super("revision.error.edit-conflict", current.number());
        this.current = current;
        this.attemptedText = attemptedText;
    }

    /** The paragraph as saved now, with the revision to save the combined text against. */
    public DraftParagraph current() {
        return current;
    }

    public String attemptedText() {
        return attemptedText;
    }
}

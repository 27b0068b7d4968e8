package org.parley.drafting;

import org.parley.base.UserFacingException;

/**
 * An amendment cannot be applied as it stands: the draft paragraph no longer has the text the amendment was
 * written on. Nothing was written; the editor combines the three texts and saves the result as an edit.
 */
public class AmendmentConflictException extends UserFacingException {

    private final String originalText;
    private final transient DraftParagraph current;
    private final String proposedText;

    AmendmentConflictException(String originalText, DraftParagraph current, String proposedText) {
        super("revision.error.amendment-conflict", current.number());
        this.originalText = originalText;
        this.current = current;
        this.proposedText = proposedText;
    }

    /** The text of the paragraph the amendment was written on. */
    public String originalText() {
        return originalText;
    }

    /** The draft paragraph as it is now, with the revision to save the combined text against. */
    public DraftParagraph current() {
        return current;
    }

    public String proposedText() {
        return proposedText;
    }
}

package org.parley.comment;

/** A member's draft in a focal point's inbox, with where it was written. */
public record DraftAwaitingApproval(Comment draft, String documentSlug, String documentTitle, int versionNumber,
                                    String paragraphNumber) {
}

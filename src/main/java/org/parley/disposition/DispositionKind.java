package org.parley.disposition;

/** The editors' answer to a comment. All but ACCEPTED and NOTED need a reason the commenter can read. */
public enum DispositionKind {
    ACCEPTED, PARTLY_ACCEPTED, DECLINED, NOTED, OUT_OF_SCOPE;

    public boolean needsReason() {
        return this == PARTLY_ACCEPTED || this == DECLINED || this == OUT_OF_SCOPE;
    }
}

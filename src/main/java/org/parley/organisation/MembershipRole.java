package org.parley.organisation;

/** A focal point speaks for the organisation; a member's contributions need a focal point's sign-off. */
public enum MembershipRole {
    MEMBER, FOCAL_POINT
}

package org.parley.organisation;

public record Membership(long personId, Organisation organisation, MembershipRole role) {
}

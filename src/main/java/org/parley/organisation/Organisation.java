package org.parley.organisation;

public record Organisation(long id, OrganisationKind kind, String name, String shortName, String region,
                           Long parentId) {
}

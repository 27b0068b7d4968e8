package org.parley.organisation;

public record NewOrganisation(OrganisationKind kind, String name, String shortName, String region,
                              Long parentId) {
}

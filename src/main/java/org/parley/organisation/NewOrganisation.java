package org.parley.organisation;

public record NewOrganisation(OrganisationKind kind, String name, String shortName, String region,
                              Long parentId, String nameFr, String nameEs) {

    public NewOrganisation(OrganisationKind kind, String name, String shortName, String region, Long parentId) {
        this(kind, name, shortName, region, parentId, null, null);
    }
}

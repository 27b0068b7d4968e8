package org.parley.organisation;

/** The kinds of body that speak in a UCLG consultation. */
public enum OrganisationKind {
    REGIONAL_SECTION, COMMISSION, WORKING_GROUP, COMMITTEE, SECRETARIAT, LOCAL_GOVERNMENT, PARTNER
}

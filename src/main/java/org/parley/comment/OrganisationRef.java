package org.parley.comment;

import org.parley.organisation.OrganisationKind;

public record OrganisationRef(long id, String shortName, String name, OrganisationKind kind) {
}

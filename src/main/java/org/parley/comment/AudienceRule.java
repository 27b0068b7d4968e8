package org.parley.comment;

import org.parley.organisation.Organisation;
import org.parley.organisation.OrganisationKind;

import java.time.OffsetDateTime;

/**
 * One part of a consultation round's audience: an organisation, or every organisation of a kind, from
 * {@code opensAt} (null: from the start of the round).
 */
public record AudienceRule(Long organisationId, OrganisationKind organisationKind, OffsetDateTime opensAt) {

    public AudienceRule {
        if ((organisationId == null) == (organisationKind == null)) {
            throw new IllegalArgumentException("an audience rule names an organisation or a kind, not both");
        }
    }

    public static AudienceRule organisation(long id) {
        return new AudienceRule(id, null, null);
    }

    public static AudienceRule kind(OrganisationKind kind) {
        return new AudienceRule(null, kind, null);
    }

    public AudienceRule from(OffsetDateTime time) {
        return new AudienceRule(organisationId, organisationKind, time);
    }

    boolean covers(Organisation organisation) {
        return organisationId != null ? organisationId == organisation.id() : organisationKind == organisation.kind();
    }

    boolean isOpenAt(OffsetDateTime now) {
        return opensAt == null || !now.isBefore(opensAt);
    }
}

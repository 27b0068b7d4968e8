package org.parley.comment;

import org.jooq.DSLContext;
import org.parley.organisation.OrganisationKind;
import org.springframework.stereotype.Repository;

import java.util.List;

import static org.parley.jooq.Tables.CONSULTATION_AUDIENCE;

@Repository
class ConsultationRepository {

    private final DSLContext dsl;

    ConsultationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<AudienceRule> audience(long versionId) {
        return dsl.selectFrom(CONSULTATION_AUDIENCE).where(CONSULTATION_AUDIENCE.VERSION_ID.eq(versionId))
                .orderBy(CONSULTATION_AUDIENCE.ID)
                .fetch(r -> new AudienceRule(r.getOrganisationId(),
                        r.getOrganisationKind() == null ? null : OrganisationKind.valueOf(r.getOrganisationKind()),
                        r.getOpensAt()));
    }

    void replaceAudience(long versionId, List<AudienceRule> rules) {
        dsl.deleteFrom(CONSULTATION_AUDIENCE).where(CONSULTATION_AUDIENCE.VERSION_ID.eq(versionId)).execute();
        for (AudienceRule rule : rules) {
            dsl.insertInto(CONSULTATION_AUDIENCE)
                    .set(CONSULTATION_AUDIENCE.VERSION_ID, versionId)
                    .set(CONSULTATION_AUDIENCE.ORGANISATION_ID, rule.organisationId())
                    .set(CONSULTATION_AUDIENCE.ORGANISATION_KIND,
                            rule.organisationKind() == null ? null : rule.organisationKind().name())
                    .set(CONSULTATION_AUDIENCE.OPENS_AT, rule.opensAt())
                    .execute();
        }
    }
}

package org.parley.comment;

import org.jooq.DSLContext;
import org.parley.organisation.OrganisationKind;
import org.springframework.stereotype.Repository;

import java.util.List;

import static org.parley.jooq.Tables.CONSULTATION_AUDIENCE;
import static org.parley.jooq.Tables.CONSULTATION_AUDIENCE_REVISION;

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

    /** The audience's revision: 0 while it was never set. */
    int audienceRevision(long versionId) {
        Integer revision = dsl.select(CONSULTATION_AUDIENCE_REVISION.REVISION).from(CONSULTATION_AUDIENCE_REVISION)
                .where(CONSULTATION_AUDIENCE_REVISION.VERSION_ID.eq(versionId)).fetchOne(0, Integer.class);
        return revision == null ? 0 : revision;
    }

    /**
     * Moves the audience's revision on by one if it is still {@code expected} (null: whatever it is), in one
     * statement so that of two writers from the same revision only one succeeds. False when it had moved on.
     */
    boolean nextAudienceRevision(long versionId, Integer expected) {
        var table = CONSULTATION_AUDIENCE_REVISION;
        if (expected == null) {
            return dsl.insertInto(table).set(table.VERSION_ID, versionId).set(table.REVISION, 1)
                    .onConflict(table.VERSION_ID).doUpdate().set(table.REVISION, table.REVISION.plus(1))
                    .execute() == 1;
        }
        if (expected == 0) {
            return dsl.insertInto(table).set(table.VERSION_ID, versionId).set(table.REVISION, 1)
                    .onConflictDoNothing().execute() == 1;
        }
        return dsl.update(table).set(table.REVISION, table.REVISION.plus(1))
                .where(table.VERSION_ID.eq(versionId).and(table.REVISION.eq(expected))).execute() == 1;
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

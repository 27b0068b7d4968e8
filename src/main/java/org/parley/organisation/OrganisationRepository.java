package org.parley.organisation;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

import static org.parley.jooq.Tables.MEMBERSHIP;
import static org.parley.jooq.Tables.ORGANISATION;

@Repository
class OrganisationRepository {

    private final DSLContext dsl;

    OrganisationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    long insert(NewOrganisation organisation) {
        return dsl.insertInto(ORGANISATION)
                .set(ORGANISATION.KIND, organisation.kind().name())
                .set(ORGANISATION.NAME, organisation.name().strip())
                .set(ORGANISATION.SHORT_NAME, organisation.shortName().strip())
                .set(ORGANISATION.NAME_FR, optional(organisation.nameFr()))
                .set(ORGANISATION.NAME_ES, optional(organisation.nameEs()))
                .set(ORGANISATION.REGION, organisation.region())
                .set(ORGANISATION.PARENT_ID, organisation.parentId())
                .returning(ORGANISATION.ID).fetchOne(ORGANISATION.ID);
    }

    /** False when the organisation changed since {@code expectedRevision} was read. */
    boolean updateNames(long id, OrganisationNames names, int expectedRevision) {
        return dsl.update(ORGANISATION)
                .set(ORGANISATION.NAME, names.name().strip())
                .set(ORGANISATION.NAME_FR, optional(names.nameFr()))
                .set(ORGANISATION.NAME_ES, optional(names.nameEs()))
                .set(ORGANISATION.REVISION, ORGANISATION.REVISION.plus(1))
                .where(ORGANISATION.ID.eq(id)).and(ORGANISATION.REVISION.eq(expectedRevision))
                .execute() == 1;
    }

    boolean shortNameExists(String shortName) {
        return dsl.fetchExists(ORGANISATION, ORGANISATION.SHORT_NAME.lower().eq(shortName.strip().toLowerCase()));
    }

    Optional<Organisation> findById(long id) {
        return dsl.selectFrom(ORGANISATION).where(ORGANISATION.ID.eq(id)).fetchOptional(this::toOrganisation);
    }

    Optional<Organisation> findByShortName(String shortName) {
        return dsl.selectFrom(ORGANISATION)
                .where(ORGANISATION.SHORT_NAME.lower().eq(shortName.strip().toLowerCase()))
                .fetchOptional(this::toOrganisation);
    }

    List<Organisation> findAll() {
        return dsl.selectFrom(ORGANISATION).orderBy(ORGANISATION.KIND, ORGANISATION.NAME)
                .fetch(this::toOrganisation);
    }

    void insertMembership(long personId, long organisationId, MembershipRole role) {
        dsl.insertInto(MEMBERSHIP)
                .set(MEMBERSHIP.PERSON_ID, personId)
                .set(MEMBERSHIP.ORGANISATION_ID, organisationId)
                .set(MEMBERSHIP.ROLE, role.name())
                .onConflict(MEMBERSHIP.PERSON_ID, MEMBERSHIP.ORGANISATION_ID).doUpdate()
                .set(MEMBERSHIP.ROLE, role.name())
                .execute();
    }

    List<Membership> membershipsOf(long personId) {
        return dsl.select(ORGANISATION.fields()).select(MEMBERSHIP.ROLE)
                .from(MEMBERSHIP).join(ORGANISATION).on(ORGANISATION.ID.eq(MEMBERSHIP.ORGANISATION_ID))
                .where(MEMBERSHIP.PERSON_ID.eq(personId))
                .orderBy(ORGANISATION.NAME)
                .fetch(r -> new Membership(personId, toOrganisation(r), MembershipRole.valueOf(r.get(MEMBERSHIP.ROLE))));
    }

    List<Membership> membersOf(Organisation organisation) {
        return dsl.select(MEMBERSHIP.PERSON_ID, MEMBERSHIP.ROLE).from(MEMBERSHIP)
                .where(MEMBERSHIP.ORGANISATION_ID.eq(organisation.id()))
                .orderBy(MEMBERSHIP.PERSON_ID)
                .fetch(r -> new Membership(r.get(MEMBERSHIP.PERSON_ID), organisation,
                        MembershipRole.valueOf(r.get(MEMBERSHIP.ROLE))));
    }

    List<Long> personIdsWithRole(long organisationId, MembershipRole role) {
        return dsl.select(MEMBERSHIP.PERSON_ID).from(MEMBERSHIP)
                .where(MEMBERSHIP.ORGANISATION_ID.eq(organisationId)).and(MEMBERSHIP.ROLE.eq(role.name()))
                .orderBy(MEMBERSHIP.PERSON_ID).fetch(MEMBERSHIP.PERSON_ID);
    }

    private Organisation toOrganisation(Record r) {
        return new Organisation(r.get(ORGANISATION.ID), OrganisationKind.valueOf(r.get(ORGANISATION.KIND)),
                r.get(ORGANISATION.NAME), r.get(ORGANISATION.SHORT_NAME), r.get(ORGANISATION.REGION),
                r.get(ORGANISATION.PARENT_ID), r.get(ORGANISATION.NAME_FR), r.get(ORGANISATION.NAME_ES),
                r.get(ORGANISATION.REVISION));
    }

    private static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

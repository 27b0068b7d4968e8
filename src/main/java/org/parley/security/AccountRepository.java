package org.parley.security;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.util.Optional;

import static org.parley.jooq.Tables.PERSON;

/** The credential side of the person table: e-mail, password hash, role. Profiles live in organisation. */
@Repository
class AccountRepository {

    private final DSLContext dsl;

    AccountRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<ParleyUser> findByEmail(String email) {
        return dsl.selectFrom(PERSON)
                .where(PERSON.EMAIL.lower().eq(email.trim().toLowerCase()))
                .fetchOptional(this::toUser);
    }

    Optional<ParleyUser> findById(long personId) {
        return dsl.selectFrom(PERSON).where(PERSON.ID.eq(personId)).fetchOptional(this::toUser);
    }

    /** Creates the account, or makes an existing one an enabled admin with this password. */
    long upsertAdmin(String email, String passwordHash) {
        Long existing = dsl.select(PERSON.ID).from(PERSON)
                .where(PERSON.EMAIL.lower().eq(email.trim().toLowerCase())).forUpdate()
                .fetchOne(PERSON.ID);
        if (existing != null) {
            dsl.update(PERSON)
                    .set(PERSON.GLOBAL_ROLE, GlobalRole.ADMIN.name())
                    .set(PERSON.PASSWORD_HASH, passwordHash)
                    .set(PERSON.ENABLED, true)
                    .set(PERSON.REVISION, PERSON.REVISION.plus(1))
                    .where(PERSON.ID.eq(existing)).execute();
            return existing;
        }
        return dsl.insertInto(PERSON)
                .set(PERSON.EMAIL, email.trim())
                .set(PERSON.DISPLAY_NAME, "Administrator")
                .set(PERSON.GLOBAL_ROLE, GlobalRole.ADMIN.name())
                .set(PERSON.PASSWORD_HASH, passwordHash)
                .returning(PERSON.ID).fetchOne(PERSON.ID);
    }

    void setPassword(long personId, String passwordHash) {
        dsl.update(PERSON)
                .set(PERSON.PASSWORD_HASH, passwordHash)
                .set(PERSON.REVISION, PERSON.REVISION.plus(1))
                .where(PERSON.ID.eq(personId)).execute();
    }

    private ParleyUser toUser(org.parley.jooq.tables.records.PersonRecord r) {
        return new ParleyUser(r.getId(), r.getEmail(), r.getDisplayName(), GlobalRole.valueOf(r.getGlobalRole()),
                r.getPreferredLanguage(), r.getEnabled(), r.getPasswordHash());
    }
}

package org.parley.organisation;

import org.jooq.DSLContext;
import org.parley.jooq.tables.records.PersonRecord;
import org.parley.security.GlobalRole;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

import static org.parley.jooq.Tables.PERSON;

/** The profile side of the person table (the credential side belongs to security). */
@Repository
class PersonRepository {

    private final DSLContext dsl;

    PersonRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    long insert(NewPerson person, String passwordHash) {
        return dsl.insertInto(PERSON)
                .set(PERSON.EMAIL, person.email().strip())
                .set(PERSON.DISPLAY_NAME, person.displayName().strip())
                .set(PERSON.PREFERRED_LANGUAGE, person.preferredLanguage())
                .set(PERSON.GLOBAL_ROLE, person.role().name())
                .set(PERSON.PASSWORD_HASH, passwordHash)
                .returning(PERSON.ID).fetchOne(PERSON.ID);
    }

    boolean emailExists(String email) {
        return dsl.fetchExists(PERSON, PERSON.EMAIL.lower().eq(email.strip().toLowerCase()));
    }

    Optional<Person> findById(long id) {
        return dsl.selectFrom(PERSON).where(PERSON.ID.eq(id)).fetchOptional(PersonRepository::toPerson);
    }

    List<Person> findAll() {
        return dsl.selectFrom(PERSON).orderBy(PERSON.DISPLAY_NAME, PERSON.ID).fetch(PersonRepository::toPerson);
    }

    private static Person toPerson(PersonRecord r) {
        return new Person(r.getId(), r.getEmail(), r.getDisplayName(), r.getPreferredLanguage(),
                GlobalRole.valueOf(r.getGlobalRole()), r.getEnabled());
    }

    void updatePreferredLanguage(long personId, String language) {
        dsl.update(PERSON).set(PERSON.PREFERRED_LANGUAGE, language)
                .set(PERSON.REVISION, PERSON.REVISION.plus(1))
                .where(PERSON.ID.eq(personId)).execute();
    }
}

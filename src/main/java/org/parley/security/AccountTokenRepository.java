package org.parley.security;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.Optional;

import static org.parley.jooq.Tables.ACCOUNT_TOKEN;
import static org.parley.jooq.Tables.PERSON;

/** The account_token table: hashes of the single-use links of invitations and password resets. */
@Repository
class AccountTokenRepository {

    /** A token that can still be used, with the account it opens. */
    record Usable(long id, long personId, AccountService.LinkPurpose purpose, String email) {
    }

    private final DSLContext dsl;

    AccountTokenRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void insert(long personId, AccountService.LinkPurpose purpose, String tokenHash, OffsetDateTime now,
                OffsetDateTime expiresAt) {
        dsl.insertInto(ACCOUNT_TOKEN)
                .set(ACCOUNT_TOKEN.PERSON_ID, personId)
                .set(ACCOUNT_TOKEN.PURPOSE, purpose.name())
                .set(ACCOUNT_TOKEN.TOKEN_HASH, tokenHash)
                .set(ACCOUNT_TOKEN.CREATED_AT, now)
                .set(ACCOUNT_TOKEN.EXPIRES_AT, expiresAt)
                .execute();
    }

    Optional<Usable> findUsable(String tokenHash, OffsetDateTime now) {
        return dsl.select(ACCOUNT_TOKEN.ID, ACCOUNT_TOKEN.PERSON_ID, ACCOUNT_TOKEN.PURPOSE, PERSON.EMAIL)
                .from(ACCOUNT_TOKEN).join(PERSON).on(PERSON.ID.eq(ACCOUNT_TOKEN.PERSON_ID))
                .where(ACCOUNT_TOKEN.TOKEN_HASH.eq(tokenHash))
                .and(ACCOUNT_TOKEN.USED_AT.isNull())
                .and(ACCOUNT_TOKEN.EXPIRES_AT.gt(now))
                .and(PERSON.ENABLED.isTrue())
                .fetchOptional(r -> new Usable(r.value1(), r.value2(), AccountService.LinkPurpose.valueOf(r.value3()),
                        r.value4()));
    }

    /** Spends the token; false when another request spent it first. */
    boolean spend(long id, OffsetDateTime now) {
        return dsl.update(ACCOUNT_TOKEN).set(ACCOUNT_TOKEN.USED_AT, now)
                .where(ACCOUNT_TOKEN.ID.eq(id)).and(ACCOUNT_TOKEN.USED_AT.isNull())
                .and(ACCOUNT_TOKEN.EXPIRES_AT.gt(now))
                .execute() == 1;
    }

    /** Spends every other open link of the account: once a password is set, older links open nothing. */
    void spendAllOf(long personId, OffsetDateTime now) {
        dsl.update(ACCOUNT_TOKEN).set(ACCOUNT_TOKEN.USED_AT, now)
                .where(ACCOUNT_TOKEN.PERSON_ID.eq(personId)).and(ACCOUNT_TOKEN.USED_AT.isNull())
                .execute();
    }
}

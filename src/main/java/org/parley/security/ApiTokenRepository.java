package org.parley.security;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import static org.parley.jooq.Tables.API_TOKEN;
import static org.parley.jooq.Tables.PERSON;

@Repository
class ApiTokenRepository {

    private static final java.time.Duration LAST_USE_PRECISION = java.time.Duration.ofMinutes(1);

    private final DSLContext dsl;

    ApiTokenRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    long insert(long personId, String name, String tokenHash, OffsetDateTime now) {
        return dsl.insertInto(API_TOKEN)
                .set(API_TOKEN.PERSON_ID, personId)
                .set(API_TOKEN.NAME, name)
                .set(API_TOKEN.TOKEN_HASH, tokenHash)
                .set(API_TOKEN.CREATED_AT, now)
                .returning(API_TOKEN.ID).fetchOne(API_TOKEN.ID);
    }

    boolean existsWithHash(String tokenHash) {
        return dsl.fetchExists(API_TOKEN, API_TOKEN.TOKEN_HASH.eq(tokenHash));
    }

    /**
     * The account of a live token, read with the token in one statement (one round trip on every API call with a
     * token). Its last use is written at most once a minute: writing it on every call made each API call with a
     * token wait for a durable commit (about 100 ms of a search over HTTP on a busy disk).
     */
    Optional<ActiveToken> useActive(String tokenHash, OffsetDateTime now) {
        var found = dsl.select(API_TOKEN.ID, API_TOKEN.LAST_USED_AT, API_TOKEN.EXPIRES_AT, PERSON.ID, PERSON.EMAIL,
                        PERSON.DISPLAY_NAME, PERSON.GLOBAL_ROLE, PERSON.PREFERRED_LANGUAGE, PERSON.ENABLED,
                        PERSON.PASSWORD_HASH)
                .from(API_TOKEN).join(PERSON).on(PERSON.ID.eq(API_TOKEN.PERSON_ID))
                .where(API_TOKEN.TOKEN_HASH.eq(tokenHash))
                .and(API_TOKEN.REVOKED_AT.isNull())
                .and(API_TOKEN.EXPIRES_AT.isNull().or(API_TOKEN.EXPIRES_AT.gt(now)))
                .fetchOptional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var r = found.get();
        OffsetDateTime lastUsed = r.get(API_TOKEN.LAST_USED_AT);
        if (lastUsed == null || lastUsed.isBefore(now.minus(LAST_USE_PRECISION))) {
            dsl.update(API_TOKEN).set(API_TOKEN.LAST_USED_AT, now)
                    .where(API_TOKEN.ID.eq(r.get(API_TOKEN.ID))).execute();
        }
        return Optional.of(new ActiveToken(r.get(API_TOKEN.ID), new ParleyUser(r.get(PERSON.ID), r.get(PERSON.EMAIL),
                r.get(PERSON.DISPLAY_NAME), GlobalRole.valueOf(r.get(PERSON.GLOBAL_ROLE)),
                r.get(PERSON.PREFERRED_LANGUAGE), r.get(PERSON.ENABLED), r.get(PERSON.PASSWORD_HASH)),
                r.get(API_TOKEN.EXPIRES_AT)));
    }

    List<ApiToken> findByPerson(long personId) {
        return dsl.selectFrom(API_TOKEN).where(API_TOKEN.PERSON_ID.eq(personId))
                .orderBy(API_TOKEN.CREATED_AT.desc())
                .fetch(r -> new ApiToken(r.getId(), r.getPersonId(), r.getName(), r.getCreatedAt(),
                        r.getLastUsedAt(), r.getRevokedAt()));
    }

    int revoke(long tokenId, long personId, OffsetDateTime now) {
        return dsl.update(API_TOKEN).set(API_TOKEN.REVOKED_AT, now)
                .where(API_TOKEN.ID.eq(tokenId)).and(API_TOKEN.PERSON_ID.eq(personId))
                .and(API_TOKEN.REVOKED_AT.isNull())
                .execute();
    }
}

package org.parley.security;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import static org.parley.jooq.Tables.API_TOKEN;

@Repository
class ApiTokenRepository {

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

    /** The owner of a live token, and marks it used. */
    Optional<Long> useActive(String tokenHash, OffsetDateTime now) {
        return dsl.update(API_TOKEN)
                .set(API_TOKEN.LAST_USED_AT, now)
                .where(API_TOKEN.TOKEN_HASH.eq(tokenHash))
                .and(API_TOKEN.REVOKED_AT.isNull())
                .and(API_TOKEN.EXPIRES_AT.isNull().or(API_TOKEN.EXPIRES_AT.gt(now)))
                .returning(API_TOKEN.PERSON_ID)
                .fetchOptional(API_TOKEN.PERSON_ID);
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

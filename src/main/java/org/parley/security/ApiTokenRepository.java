package org.parley.security;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import static org.parley.jooq.Tables.API_TOKEN;

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

    /** The owner of a live token, and marks it used. */
    /**
     * The person of a live token. Its last use is written at most once a minute: writing it on every call made
     * each API call with a token wait for a durable commit (about 100 ms of a search over HTTP on a busy disk).
     */
    Optional<Long> useActive(String tokenHash, OffsetDateTime now) {
        var token = dsl.select(API_TOKEN.ID, API_TOKEN.PERSON_ID, API_TOKEN.LAST_USED_AT).from(API_TOKEN)
                .where(API_TOKEN.TOKEN_HASH.eq(tokenHash))
                .and(API_TOKEN.REVOKED_AT.isNull())
                .and(API_TOKEN.EXPIRES_AT.isNull().or(API_TOKEN.EXPIRES_AT.gt(now)))
                .fetchOptional();
        if (token.isEmpty()) {
            return Optional.empty();
        }
        OffsetDateTime lastUsed = token.get().get(API_TOKEN.LAST_USED_AT);
        if (lastUsed == null || lastUsed.isBefore(now.minus(LAST_USE_PRECISION))) {
            dsl.update(API_TOKEN).set(API_TOKEN.LAST_USED_AT, now)
                    .where(API_TOKEN.ID.eq(token.get().get(API_TOKEN.ID))).execute();
        }
        return Optional.of(token.get().get(API_TOKEN.PERSON_ID));
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

package org.parley.security;

import java.time.OffsetDateTime;

/** A personal API token as listed to its owner; the secret itself is shown once, at creation. */
public record ApiToken(long id, long personId, String name, OffsetDateTime createdAt,
                       OffsetDateTime lastUsedAt, OffsetDateTime revokedAt) {
}

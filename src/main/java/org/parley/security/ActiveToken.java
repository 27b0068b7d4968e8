package org.parley.security;

import java.time.OffsetDateTime;

/** A live API token as verified: its id, the account behind it, and when it expires (null: never). */
record ActiveToken(long tokenId, ParleyUser user, OffsetDateTime expiresAt) {
}

package org.parley.security;

import org.parley.journal.Journal;
import org.parley.journal.JournalEntry;
import org.parley.base.UserFacingException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Personal API tokens ({@code Authorization: Bearer pat_…}); only their SHA-256 hashes are stored. */
@Service
public class ApiTokenService {

    static final String PREFIX = "pat_";
    private static final int MAX_NAME_LENGTH = 100;

    private final ApiTokenRepository tokens;
    private final CurrentUser currentUser;
    private final Journal journal;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(ApiTokenRepository tokens, CurrentUser currentUser,
                    Journal journal, Clock clock) {
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.journal = journal;
        this.clock = clock;
    }

    /** Creates a token for the signed-in person and returns its secret, which is never shown again. */
    @Transactional
    public String createForCurrentUser(String name) {
        ParleyUser user = currentUser.require();
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH) {
            throw new UserFacingException("token.error.name", MAX_NAME_LENGTH);
        }
        String secret = PREFIX + randomPart();
        long id = tokens.insert(user.personId(), trimmed, hash(secret), OffsetDateTime.now(clock));
        journal.record(JournalEntry.of(user.personId(), "api-token.created", "api_token", id)
                .after(Map.of("name", trimmed)));
        return secret;
    }

    /**
     * Registers a secret chosen by configuration (PARLEY_ADMIN_TOKEN), once. It must look like any other
     * token ({@code pat_…}): {@link #authenticate} ignores anything else, so it would be stored but unusable.
     */
    @Transactional
    public void registerProvisioned(long personId, String secret) {
        if (!secret.startsWith(PREFIX)) {
            throw new IllegalArgumentException("PARLEY_ADMIN_TOKEN must start with " + PREFIX);
        }
        if (secret.length() < 24) {
            throw new IllegalArgumentException("PARLEY_ADMIN_TOKEN must be at least 24 characters long");
        }
        String hash = hash(secret);
        if (!tokens.existsWithHash(hash)) {
            long id = tokens.insert(personId, "provisioned", hash, OffsetDateTime.now(clock));
            journal.record(JournalEntry.of(null, "api-token.provisioned", "api_token", id)
                    .after(Map.of("personId", personId)));
        }
    }

    public List<ApiToken> tokensOfCurrentUser() {
        return tokens.findByPerson(currentUser.require().personId());
    }

    @Transactional
    public void revoke(long tokenId) {
        ParleyUser user = currentUser.require();
        if (tokens.revoke(tokenId, user.personId(), OffsetDateTime.now(clock)) == 1) {
            journal.record(JournalEntry.of(user.personId(), "api-token.revoked", "api_token", tokenId));
        }
    }

    /**
     * The person behind a presented token, if it is known, live, and the account enabled. No transaction: one read
     * (token and account together) that needs none, and each round trip to PostgreSQL counts on every API call.
     */
    public Optional<ParleyUser> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 200) {
            return Optional.empty();
        }
        return tokens.useActive(hash(secret), OffsetDateTime.now(clock))
                .filter(ParleyUser::isEnabled);
    }

    private String randomPart() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

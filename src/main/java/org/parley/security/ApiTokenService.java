package org.parley.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import org.parley.journal.Journal;
import org.parley.journal.JournalEntry;
import org.parley.base.UserFacingException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Personal API tokens ({@code Authorization: Bearer pat_…}); only their SHA-256 hashes are stored. */
@Service
public class ApiTokenService {

    static final String PREFIX = "pat_";
    private static final int MAX_NAME_LENGTH = 100;

    /**
     * How long a verified token is trusted without asking PostgreSQL again (never past its expiry). Asking cost every
     * API call with a token two round trips (the address throttle, the token with its account): about 0.7 ms idle,
     * several ms on busy cores. A token revoked here stops at once on this node; revoked on another node, or its
     * account disabled in the database, it stops within this time.
     */
    static final Duration VERIFIED_FOR = Duration.ofSeconds(10);
    private static final int MAX_VERIFIED = 10_000;

    private final ApiTokenRepository tokens;
    private final CurrentUser currentUser;
    private final Journal journal;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    /** Tokens verified within {@link #VERIFIED_FOR}, by hash; on the clock that checks expiry in the database. */
    private final Cache<String, ActiveToken> verified;

    ApiTokenService(ApiTokenRepository tokens, CurrentUser currentUser,
                    Journal journal, Clock clock) {
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.journal = journal;
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(MAX_VERIFIED)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .expireAfter(Expiry.writing((String hash, ActiveToken token) -> trustFor(token)))
                .build();
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
        forget(tokenId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // a call verified before the commit may have put the token back
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    forget(tokenId);
                }
            });
        }
    }

    /**
     * The person behind a token this node verified within {@link #VERIFIED_FOR}, without asking PostgreSQL; empty
     * when the token has to be verified ({@link #authenticate}).
     */
    public Optional<ParleyUser> recentlyVerified(String secret) {
        if (!wellFormed(secret)) {
            return Optional.empty();
        }
        return Optional.ofNullable(verified.getIfPresent(hash(secret))).map(ActiveToken::user);
    }

    /**
     * The person behind a presented token, if it is known, live, and the account enabled, read from PostgreSQL
     * (then trusted for {@link #VERIFIED_FOR}). No transaction: one read (token and account together) that needs none.
     */
    public Optional<ParleyUser> authenticate(String secret) {
        if (!wellFormed(secret)) {
            return Optional.empty();
        }
        String hash = hash(secret);
        Optional<ActiveToken> active = tokens.useActive(hash, OffsetDateTime.now(clock))
                .filter(token -> token.user().isEnabled());
        active.ifPresent(token -> verified.put(hash, token));
        return active.map(ActiveToken::user);
    }

    /** Forgets every verified token: the next call with each asks PostgreSQL (after accounts changed elsewhere). */
    public void forgetVerifiedTokens() {
        verified.invalidateAll();
    }

    private void forget(long tokenId) {
        verified.asMap().values().removeIf(token -> token.tokenId() == tokenId);
    }

    private Duration trustFor(ActiveToken token) {
        if (token.expiresAt() == null) {
            return VERIFIED_FOR;
        }
        Duration left = Duration.between(clock.instant(), token.expiresAt().toInstant());
        return left.isNegative() ? Duration.ZERO : left.compareTo(VERIFIED_FOR) < 0 ? left : VERIFIED_FOR;
    }

    private static boolean wellFormed(String secret) {
        return secret != null && secret.startsWith(PREFIX) && secret.length() <= 200;
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

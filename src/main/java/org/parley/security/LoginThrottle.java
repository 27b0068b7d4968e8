package org.parley.security;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows down password and token guessing. Each failure is counted per subject in the database (so it holds across
 * nodes); past a few free failures every further attempt must wait a growing delay (1 s, 2 s, 4 s… at most
 * {@link Policy#maxDelay()}), and at {@link Policy#lockAfter()} failures the subject is locked for
 * {@link Policy#lockFor()}. Attempts that arrive too early are refused without looking at the password, so waiting
 * costs the server no thread. Failures older than the window are forgotten.
 */
@Service
public class LoginThrottle {

    public enum Scope {
        /** One e-mail address, whether or not an account has it: a lock tells nothing about which accounts exist. */
        ACCOUNT(new Policy(4, 10, Duration.ofSeconds(30), Duration.ofMinutes(15))),
        /** One client address, for sign-ins: generous, as many people may share an office's address. */
        ADDRESS(new Policy(20, 100, Duration.ofSeconds(30), Duration.ofMinutes(15))),
        /** One client address, for wrong bearer tokens. */
        TOKEN_ADDRESS(new Policy(10, 50, Duration.ofSeconds(30), Duration.ofMinutes(15))),
        /** Requests for a password-reset link for one e-mail address, known or not: a few mails, then waits. */
        RESET_ACCOUNT(new Policy(3, 10, Duration.ofMinutes(5), Duration.ofHours(1))),
        /** Requests for reset links from one client address, whatever the e-mail addresses. */
        RESET_ADDRESS(new Policy(10, 50, Duration.ofMinutes(1), Duration.ofHours(1)));

        private final Policy policy;

        Scope(Policy policy) {
            this.policy = policy;
        }

        public Policy policy() {
            return policy;
        }
    }

    /** The window in which failures add up equals the lock's length, so a lock always ends with a fresh count. */
    public record Policy(int freeFailures, int lockAfter, Duration maxDelay, Duration lockFor) {

        Duration delayAfter(int failures) {
            if (failures >= lockAfter) {
                return lockFor;
            }
            if (failures <= freeFailures) {
                return Duration.ZERO;
            }
            long seconds = 1L << Math.min(failures - freeFailures - 1, 20);
            return Duration.ofSeconds(Math.min(seconds, maxDelay.toSeconds()));
        }
    }

    /** An attempt refused until {@code until}; {@code locked}: the lock, rather than one of the delays. */
    public record Refusal(Instant until, boolean locked) {

        public long secondsFrom(Instant now) {
            return Math.max(1, (Duration.between(now, until).toMillis() + 999) / 1000);
        }
    }

    /** What one failure led to: {@code newlyLocked} only for the failure that set the lock. */
    public record Failure(int failures, Instant notBefore, boolean newlyLocked) {
    }

    private final LoginThrottleRepository counters;
    private final Clock clock;

    LoginThrottle(LoginThrottleRepository counters, Clock clock) {
        this.counters = counters;
        this.clock = clock;
    }

    /**
     * Empty when an attempt for this subject may go ahead now. One read, no transaction: every API call with a
     * bearer token asks this, and a read-only transaction made it three round trips to PostgreSQL (JFR, 2026-12-06).
     */
    public Optional<Refusal> refusal(Scope scope, String subject) {
        Instant now = clock.instant();
        return counters.find(scope, normalised(subject))
                .filter(counter -> counter.notBefore().toInstant().isAfter(now))
                .map(counter -> new Refusal(counter.notBefore().toInstant(), counter.locked()));
    }

    @Transactional
    public Failure recordFailure(Scope scope, String subject) {
        String key = normalised(subject);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Policy policy = scope.policy();
        int failures = counters.countFailure(scope, key, now, now.minus(policy.lockFor()));
        OffsetDateTime notBefore = now.plus(policy.delayAfter(failures));
        boolean newlyLocked = counters.holdUntil(scope, key, notBefore, failures >= policy.lockAfter());
        return new Failure(failures, notBefore.toInstant(), newlyLocked);
    }

    /** A success clears an account's count; addresses are never cleared by one, or a valid login would reset guessing. */
    @Transactional
    public void recordSuccess(String account) {
        counters.forget(Scope.ACCOUNT, normalised(account));
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @Transactional
    public void forgetOldCounts() {
        counters.forgetOlderThan(OffsetDateTime.now(clock).minusDays(1));
    }

    private static String normalised(String subject) {
        String text = subject == null ? "" : subject.strip().toLowerCase(Locale.ROOT);
        return text.length() > 320 ? text.substring(0, 320) : text;
    }
}

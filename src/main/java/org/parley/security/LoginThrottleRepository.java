package org.parley.security;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.Optional;

import static org.parley.jooq.Tables.LOGIN_THROTTLE;

/** The login_throttle table: failure counts per account and per address, shared by every node. */
@Repository
class LoginThrottleRepository {

    record Counter(int failures, OffsetDateTime notBefore, boolean locked) {
    }

    private final DSLContext dsl;

    LoginThrottleRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<Counter> find(LoginThrottle.Scope scope, String subject) {
        return dsl.select(LOGIN_THROTTLE.FAILURES, LOGIN_THROTTLE.NOT_BEFORE, LOGIN_THROTTLE.LOCKED)
                .from(LOGIN_THROTTLE)
                .where(LOGIN_THROTTLE.SCOPE.eq(scope.name()), LOGIN_THROTTLE.SUBJECT.eq(subject))
                .fetchOptional(r -> new Counter(r.value1(), r.value2(), r.value3()));
    }

    /**
     * Counts one more failure in one statement (so that concurrent attempts on several nodes all count), starting
     * again from one when the previous failure is older than {@code windowStart}; answers the new count.
     */
    int countFailure(LoginThrottle.Scope scope, String subject, OffsetDateTime now, OffsetDateTime windowStart) {
        return dsl.insertInto(LOGIN_THROTTLE)
                .set(LOGIN_THROTTLE.SCOPE, scope.name())
                .set(LOGIN_THROTTLE.SUBJECT, subject)
                .set(LOGIN_THROTTLE.FAILURES, 1)
                .set(LOGIN_THROTTLE.LAST_FAILURE, now)
                .set(LOGIN_THROTTLE.NOT_BEFORE, now)
                .onConflict(LOGIN_THROTTLE.SCOPE, LOGIN_THROTTLE.SUBJECT)
                .doUpdate()
                .set(LOGIN_THROTTLE.FAILURES, DSL.when(LOGIN_THROTTLE.LAST_FAILURE.lt(windowStart), DSL.inline(1))
                        .otherwise(LOGIN_THROTTLE.FAILURES.plus(1)))
                .set(LOGIN_THROTTLE.LOCKED, DSL.when(LOGIN_THROTTLE.LAST_FAILURE.lt(windowStart), DSL.inline(false))
                        .otherwise(LOGIN_THROTTLE.LOCKED))
                .set(LOGIN_THROTTLE.LAST_FAILURE, now)
                .returning(LOGIN_THROTTLE.FAILURES)
                .fetchOne(LOGIN_THROTTLE.FAILURES);
    }

    /** Sets when the next attempt may come; answers true when this call is the one that locked the subject. */
    boolean holdUntil(LoginThrottle.Scope scope, String subject, OffsetDateTime notBefore, boolean lock) {
        boolean newlyLocked = lock && dsl.update(LOGIN_THROTTLE)
                .set(LOGIN_THROTTLE.LOCKED, true)
                .where(LOGIN_THROTTLE.SCOPE.eq(scope.name()), LOGIN_THROTTLE.SUBJECT.eq(subject),
                        LOGIN_THROTTLE.LOCKED.isFalse())
                .execute() == 1;
        dsl.update(LOGIN_THROTTLE)
                .set(LOGIN_THROTTLE.NOT_BEFORE, notBefore)
                .where(LOGIN_THROTTLE.SCOPE.eq(scope.name()), LOGIN_THROTTLE.SUBJECT.eq(subject))
                .execute();
        return newlyLocked;
    }

    void forget(LoginThrottle.Scope scope, String subject) {
        dsl.deleteFrom(LOGIN_THROTTLE)
                .where(LOGIN_THROTTLE.SCOPE.eq(scope.name()), LOGIN_THROTTLE.SUBJECT.eq(subject))
                .execute();
    }

    int forgetOlderThan(OffsetDateTime before) {
        return dsl.deleteFrom(LOGIN_THROTTLE)
                .where(LOGIN_THROTTLE.LAST_FAILURE.lt(before), LOGIN_THROTTLE.NOT_BEFORE.lt(before))
                .execute();
    }
}

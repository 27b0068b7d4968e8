package org.parley.testsupport;

import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in tests: the wall clock until a test sets a time, then that time until it moves it.
 * One bean for every test context (no context of its own), put back to the wall clock by {@link TestData#reset()}.
 */
@Component
@Profile("!benchmark") // benchmarks run Parley from the test class path: only the product's beans there
@Primary
public class TestClock extends Clock {

    private volatile Instant fixed;

    public void set(OffsetDateTime time) {
        fixed = time.toInstant();
    }

    public void advance(Duration duration) {
        fixed = instant().plus(duration);
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public Instant instant() {
        Instant time = fixed;
        return time == null ? Instant.now() : time;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}

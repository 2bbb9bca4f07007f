package workshop.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that stands still until the test moves it ({@link #advance}): age limits, AckWait,
 * duplicate windows and other timeouts are tested without waiting. It is a {@link Clock}, and so an
 * {@link java.time.InstantSource}: pass it wherever the code under test takes either. Not
 * thread-safe: one test thread moves it and reads it, or the code under test reads it under its own lock.
 */
public final class TestClock extends Clock {

    private Instant now;

    public TestClock(Instant start) {
        this.now = start;
    }

    public static TestClock atSomeDay() {
        return new TestClock(Instant.parse("2026-03-01T09:00:00Z"));
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("not needed by the tests");
    }
}

package workshop.step07.given;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/**
 * A clock that moves only when told to: tests use it to step over a time window in no time at
 * all, with no sleeping. Production code asks for an {@link InstantSource} and gets
 * {@code InstantSource.system()}.
 */
public final class ManualClock implements InstantSource {

    private Instant now;

    public ManualClock(Instant start) {
        this.now = start;
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    /** Moves the clock forward. */
    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }
}

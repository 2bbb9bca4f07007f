package workshop.step05.build;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A pull consumer that can be paused until a time, as nats-server 2.11 pauses a consumer: while
 * paused, a fetch delivers nothing, not even what is due again; acks still settle messages; the
 * consumer's position and pending messages stay as they are. At the pause's end, or on
 * {@link #resume}, fetches deliver again, what came due meanwhile first. It wraps a
 * {@link PullConsumer} and leaves its behaviour alone. Time comes from the clock. Not thread-safe.
 */
public final class PausableConsumer {

    private final PullConsumer consumer;
    private final Clock clock;
    private Instant pausedUntil; // null: never paused, or resumed

    public PausableConsumer(PullConsumer consumer, Clock clock) {
        this.consumer = consumer;
        this.clock = clock;
    }

    /** The consumer underneath: ack, nak, term and in progress go straight to it, paused or not. */
    public PullConsumer consumer() {
        return consumer;
    }

    /** Pauses until {@code until}; a time not after now pauses nothing (and ends a pause). */
    public void pauseUntil(Instant until) {
        // TODO Exercise 5.24: Remember the time, unless it is already past.
        throw new UnsupportedOperationException("Exercise 5.24 is not solved yet: Pause the pull consumer. Read step05-consumers-acks/README.md#524-pause-the-pull-consumer");
    }

    /** Ends the pause now. */
    public void resume() {
        // TODO Exercise 5.24: No pause any more.
        throw new UnsupportedOperationException("Exercise 5.24 is not solved yet: Pause the pull consumer. Read step05-consumers-acks/README.md#524-pause-the-pull-consumer");
    }

    /** How long the pause still lasts; empty when the consumer is not paused (any more). */
    public Optional<Duration> pauseRemaining() {
        // TODO Exercise 5.24: Empty when not paused or the time has come; otherwise the time from now until then.
        throw new UnsupportedOperationException("Exercise 5.24 is not solved yet: Pause the pull consumer. Read step05-consumers-acks/README.md#524-pause-the-pull-consumer");
    }

    /** Up to {@code max} messages from the consumer; none while paused. */
    public List<Delivery> fetch(int max) {
        // TODO Exercise 5.24: Nothing while paused; otherwise the consumer's fetch.
        throw new UnsupportedOperationException("Exercise 5.24 is not solved yet: Pause the pull consumer. Read step05-consumers-acks/README.md#524-pause-the-pull-consumer");
    }
}

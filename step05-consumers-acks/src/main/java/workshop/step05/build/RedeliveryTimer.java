package workshop.step05.build;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * When each unacknowledged message is due to be delivered again. A delivery starts an AckWait
 * timer; "in progress" restarts it; a nak makes the message due at once, or after the given delay;
 * an ack or a term stops it. Time is always passed in, so nothing here ever waits. Not thread-safe.
 */
public final class RedeliveryTimer {

    private final Duration ackWait;
    private final Map<Long, Instant> deadlines = new HashMap<>();

    public RedeliveryTimer(Duration ackWait) {
        this.ackWait = ackWait;
    }

    /** The message was (re)delivered at {@code now}: it is due again at {@code now + ackWait}. */
    public void started(long sequence, Instant now) {
        // TODO Exercise 5.3: Due again one AckWait from now.
        throw new UnsupportedOperationException("Exercise 5.3 is not solved yet: Time redeliveries. Read step05-consumers-acks/README.md#53-time-redeliveries");
    }

    /** The application is still working on it: a full AckWait again from {@code now}. Ignored when the timer is not running. */
    public void inProgress(long sequence, Instant now) {
        // TODO Exercise 5.3: Restart the timer, but only for a message that has one.
        throw new UnsupportedOperationException("Exercise 5.3 is not solved yet: Time redeliveries. Read step05-consumers-acks/README.md#53-time-redeliveries");
    }

    /** Negative ack: due after {@code delay} ({@link Duration#ZERO}: right away). Ignored when the timer is not running. */
    public void nak(long sequence, Instant now, Duration delay) {
        // TODO Exercise 5.3: Make the message due after the delay, if it has a timer.
        throw new UnsupportedOperationException("Exercise 5.3 is not solved yet: Time redeliveries. Read step05-consumers-acks/README.md#53-time-redeliveries");
    }

    /** Acked or terminated: never due again. */
    public void stop(long sequence) {
        // TODO Exercise 5.3: Forget the message's timer.
        throw new UnsupportedOperationException("Exercise 5.3 is not solved yet: Time redeliveries. Read step05-consumers-acks/README.md#53-time-redeliveries");
    }

    /**
     * The messages whose time is up at {@code now} (deadline at or before it), lowest sequence
     * first. They leave the timer: the next delivery {@link #started starts} it again.
     */
    public List<Long> due(Instant now) {
        // TODO Exercise 5.3: Take out every sequence whose deadline has passed, sorted.
        throw new UnsupportedOperationException("Exercise 5.3 is not solved yet: Time redeliveries. Read step05-consumers-acks/README.md#53-time-redeliveries");
    }
}

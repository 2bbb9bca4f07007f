package workshop.step05.build;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One priority group under the pinned-client policy, as nats-server 2.11 runs it: the first worker
 * that pulls without a pin id is pinned and gets a new pin id; while it keeps pulling with that id
 * it alone is served, and the others stand by. A pinned worker that has not pulled for the pin's
 * TTL loses the pin (as does everyone's pin on {@link #unpin}), and the next worker that pulls
 * without an id is pinned. A pull naming any other id is refused, so a worker that was away cannot
 * take the messages of the one pinned after it. Time comes from the clock; nothing here waits.
 * Not thread-safe.
 */
public final class PinnedGroup {

    private final Duration pinnedTtl;
    private final Clock clock;
    private final Supplier<String> newPinIds;
    private String pinId; // null: nobody is pinned
    private Instant lastPinnedPull;

    /**
     * @param pinnedTtl how long a pinned worker may go without pulling before it loses the pin
     * @param clock     what "now" is
     * @param newPinIds a fresh, unique id each time a worker is pinned (the server uses a NUID)
     */
    public PinnedGroup(Duration pinnedTtl, Clock clock, Supplier<String> newPinIds) {
        this.pinnedTtl = pinnedTtl;
        this.clock = clock;
        this.newPinIds = newPinIds;
    }

    /**
     * A worker pulls, naming the pin id it was given ({@code null} when it has none): served, on
     * standby, or refused. A served pull of the pinned worker starts its TTL again.
     */
    public PinAnswer pull(String presentedPinId) {
        // TODO Exercise 5.19: Drop an expired pin first; then pin a worker without an id if nobody is pinned, serve
        // the pinned id, refuse any other id, keep the rest waiting.
        throw new UnsupportedOperationException("Exercise 5.19 is not solved yet: Pin one worker of a priority group. Read step05-consumers-acks/README.md#519-pin-one-worker-of-a-priority-group");
    }

    /** The pin id of the pinned worker, if one is pinned and has pulled within the TTL. */
    public Optional<String> pinnedId() {
        // TODO Exercise 5.19: A pin whose worker has not pulled for the TTL is gone.
        throw new UnsupportedOperationException("Exercise 5.19 is not solved yet: Pin one worker of a priority group. Read step05-consumers-acks/README.md#519-pin-one-worker-of-a-priority-group");
    }

    /** An operator takes the pin away (the server's {@code $JS.API.CONSUMER.UNPIN}): the next worker that pulls without an id is pinned. */
    public void unpin() {
        // TODO Exercise 5.19: Nobody is pinned any more.
        throw new UnsupportedOperationException("Exercise 5.19 is not solved yet: Pin one worker of a priority group. Read step05-consumers-acks/README.md#519-pin-one-worker-of-a-priority-group");
    }
}

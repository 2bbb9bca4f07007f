package workshop.step07.build;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a JetStream stream does with {@code Nats-Msg-Id}: it remembers every message id it has
 * stored for a while (the duplicate window), and refuses an id it still remembers. The window is
 * counted from the first time an id was seen; a refused duplicate does not extend it. Ids older
 * than the window are forgotten, so memory stays bounded, and a publisher that retries later
 * than the window makes a second copy.
 */
public final class DuplicateWindow {

    private final Duration window;
    private final InstantSource clock;
    /** First sighting of each remembered id, oldest first (insertion order is time order). */
    private final Map<String, Instant> firstSeen = new LinkedHashMap<>();

    public DuplicateWindow(Duration window, InstantSource clock) {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A duplicate window must be positive, was " + window);
        }
        this.window = window;
        this.clock = clock;
    }

    /**
     * Decides whether a message with this id should be stored.
     *
     * @return true the first time the id is seen within the window (remember it and store the
     *         message); false for a duplicate (store nothing)
     */
    public synchronized boolean accept(String messageId) {
        // TODO Exercise 7.1: Forget expired ids, then accept an id only if it is not remembered; remember accepted
        // ids.
        throw new UnsupportedOperationException("Exercise 7.1 is not solved yet: Remember message ids for a window. Read step07-exactly-once/README.md#71-remember-message-ids-for-a-window");
    }

    /** How many ids are remembered right now (expired ones are forgotten first). */
    public synchronized int size() {
        forgetExpired();
        return firstSeen.size();
    }

    /** Drops every id whose window has passed: seen at t, it is remembered while now < t + window. */
    private void forgetExpired() {
        // TODO Exercise 7.1: Remove the ids seen a window or more ago; the oldest come first.
        throw new UnsupportedOperationException("Exercise 7.1 is not solved yet: Remember message ids for a window. Read step07-exactly-once/README.md#71-remember-message-ids-for-a-window");
    }
}

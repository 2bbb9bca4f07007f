package workshop.step05.build;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import workshop.step05.given.MemoryStream;

/**
 * Removes messages from a stream as its retention policy says, from what its consumers
 * acknowledge. Consumers register by name before they acknowledge anything.
 */
public final class StreamRetention {

    private final RetentionPolicy policy;
    private final MemoryStream stream;
    private final Set<String> consumers = new LinkedHashSet<>();
    private final Map<Long, Set<String>> acknowledgedBy = new HashMap<>();

    public StreamRetention(RetentionPolicy policy, MemoryStream stream) {
        this.policy = policy;
        this.stream = stream;
    }

    /** A consumer now reads the stream. */
    public void register(String consumer) {
        consumers.add(consumer);
    }

    /**
     * A message was just stored. With {@link RetentionPolicy#INTEREST} and no consumer registered,
     * nobody will ever acknowledge it, so it is removed at once (nats-server does the same).
     */
    public void published(long sequence) {
        // TODO Exercise 5.6: An interest stream without consumers does not keep the message.
        throw new UnsupportedOperationException("Exercise 5.6 is not solved yet: Remove what was consumed. Read step05-consumers-acks/README.md#56-remove-what-was-consumed");
    }

    /**
     * A consumer acknowledged a message. Work queue: remove it. Interest: remove it once every
     * registered consumer has acknowledged it. Limits: keep it.
     */
    public void acknowledged(String consumer, long sequence) {
        // TODO Exercise 5.6: Apply the policy: remove now, remove when all registered consumers acked, or keep.
        throw new UnsupportedOperationException("Exercise 5.6 is not solved yet: Remove what was consumed. Read step05-consumers-acks/README.md#56-remove-what-was-consumed");
    }
}

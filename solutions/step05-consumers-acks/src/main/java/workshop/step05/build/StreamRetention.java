package workshop.step05.build;

import java.util.HashMap;
import java.util.HashSet;
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
        // EXERCISE 5.6 BEGIN: An interest stream without consumers does not keep the message.
        if (policy == RetentionPolicy.INTEREST && consumers.isEmpty()) {
            stream.remove(sequence);
        }
        // EXERCISE 5.6 END
    }

    /**
     * A consumer acknowledged a message. Work queue: remove it. Interest: remove it once every
     * registered consumer has acknowledged it. Limits: keep it.
     */
    public void acknowledged(String consumer, long sequence) {
        // EXERCISE 5.6 BEGIN: Apply the policy: remove now, remove when all registered consumers acked, or keep.
        switch (policy) {
            case LIMITS -> {
                // consumers do not decide what a limits stream keeps
            }
            case WORK_QUEUE -> stream.remove(sequence);
            case INTEREST -> {
                Set<String> acked = acknowledgedBy.computeIfAbsent(sequence, seq -> new HashSet<>());
                acked.add(consumer);
                if (acked.containsAll(consumers)) {
                    stream.remove(sequence);
                    acknowledgedBy.remove(sequence);
                }
            }
        }
        // EXERCISE 5.6 END
    }
}

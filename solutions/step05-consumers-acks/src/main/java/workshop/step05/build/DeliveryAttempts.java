package workshop.step05.build;

import java.util.HashMap;
import java.util.Map;

/**
 * How many times each message has been delivered, and whether it may be delivered once more
 * under MaxDeliver. Not thread-safe.
 */
public final class DeliveryAttempts {

    private final int maxDeliver;
    private final Map<Long, Integer> counts = new HashMap<>();

    /** @param maxDeliver the most deliveries per message; {@code -1} for no limit */
    public DeliveryAttempts(int maxDeliver) {
        this.maxDeliver = maxDeliver;
    }

    /** Counts one more delivery of the message and returns the new count (1 for the first delivery). */
    public int recordDelivery(long sequence) {
        // EXERCISE 5.4 BEGIN: Add one to the message's count and return it.
        return counts.merge(sequence, 1, Integer::sum);
        // EXERCISE 5.4 END
    }

    /** How many times the message was delivered so far (0 if never). */
    public int count(long sequence) {
        // EXERCISE 5.4 BEGIN: The count, 0 for a message never delivered.
        return counts.getOrDefault(sequence, 0);
        // EXERCISE 5.4 END
    }

    /** Whether one more delivery stays within MaxDeliver. */
    public boolean mayDeliverAgain(long sequence) {
        // EXERCISE 5.4 BEGIN: Always with no limit; otherwise only while the count is below maxDeliver.
        return maxDeliver == -1 || count(sequence) < maxDeliver;
        // EXERCISE 5.4 END
    }

    /** The message is settled (acked, terminated, dead-lettered): stop counting it. */
    public void forget(long sequence) {
        // EXERCISE 5.4 BEGIN: Drop the message's count.
        counts.remove(sequence);
        // EXERCISE 5.4 END
    }
}

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
        // TODO Exercise 5.4: Add one to the message's count and return it.
        throw new UnsupportedOperationException("Exercise 5.4 is not solved yet: Count deliveries against MaxDeliver. Read step05-consumers-acks/README.md#54-count-deliveries-against-maxdeliver");
    }

    /** How many times the message was delivered so far (0 if never). */
    public int count(long sequence) {
        // TODO Exercise 5.4: The count, 0 for a message never delivered.
        throw new UnsupportedOperationException("Exercise 5.4 is not solved yet: Count deliveries against MaxDeliver. Read step05-consumers-acks/README.md#54-count-deliveries-against-maxdeliver");
    }

    /** Whether one more delivery stays within MaxDeliver. */
    public boolean mayDeliverAgain(long sequence) {
        // TODO Exercise 5.4: Always with no limit; otherwise only while the count is below maxDeliver.
        throw new UnsupportedOperationException("Exercise 5.4 is not solved yet: Count deliveries against MaxDeliver. Read step05-consumers-acks/README.md#54-count-deliveries-against-maxdeliver");
    }

    /** The message is settled (acked, terminated, dead-lettered): stop counting it. */
    public void forget(long sequence) {
        // TODO Exercise 5.4: Drop the message's count.
        throw new UnsupportedOperationException("Exercise 5.4 is not solved yet: Count deliveries against MaxDeliver. Read step05-consumers-acks/README.md#54-count-deliveries-against-maxdeliver");
    }
}

package workshop.step06.use;

import io.nats.client.JetStreamApiException;
import io.nats.client.KeyValue;
import io.nats.client.api.KeyValueEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A counter that many clients increment at once without losing an increment: read the value and
 * its revision, write value + 1 only if the key is still at that revision, and start over when
 * another client got there first (compare-and-set).
 */
public final class KvCounter {

    private static final int WRONG_LAST_SEQUENCE = 10071;

    private KvCounter() {}

    /**
     * Adds one to the counter stored under {@code key} (a missing key counts as 0).
     *
     * @return the counter's new value: every call gets a different one
     */
    public static long increment(KeyValue bucket, String key) throws IOException, JetStreamApiException {
        // EXERCISE 6.11 BEGIN: Loop: read value and revision; create 1 or update to value + 1 at that revision; retry
        // on 10071.
        while (true) {
            KeyValueEntry current = bucket.get(key);
            try {
                if (current == null) {
                    bucket.create(key, encode(1));
                    return 1;
                }
                long next = Long.parseLong(current.getValueAsString()) + 1;
                bucket.update(key, encode(next), current.getRevision());
                return next;
            } catch (JetStreamApiException conflict) {
                if (conflict.getApiErrorCode() != WRONG_LAST_SEQUENCE) {
                    throw conflict;
                }
                // another client incremented in between: read again
            }
        }
        // EXERCISE 6.11 END
    }

    private static byte[] encode(long value) {
        return Long.toString(value).getBytes(StandardCharsets.UTF_8);
    }
}

package workshop.step07.use;

import io.nats.client.JetStreamApiException;
import io.nats.client.KeyValue;
import io.nats.client.api.KeyValueEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Step 6's counter ({@code KvCounter}, "Count under contention"), given here so that
 * {@link ServerCounterTest} can run both counters under the same contention: read the value and its revision, write value + 1 only
 * at that revision, and read again when another client got there first. It counts what that costs.
 */
final class CompareAndSetCounter {

    private static final int WRONG_LAST_SEQUENCE = 10071;

    /** Requests sent to the server: every get and every create or update, won or lost. */
    final AtomicLong roundTrips = new AtomicLong();
    /** Writes refused because another client wrote in between: each one costs a read and a write more. */
    final AtomicLong retries = new AtomicLong();

    /** Adds one; returns the new value. */
    long increment(KeyValue bucket, String key) throws IOException, JetStreamApiException {
        while (true) {
            roundTrips.incrementAndGet();
            KeyValueEntry current = bucket.get(key);
            try {
                roundTrips.incrementAndGet();
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
                retries.incrementAndGet();
            }
        }
    }

    private static byte[] encode(long value) {
        return Long.toString(value).getBytes(StandardCharsets.UTF_8);
    }
}

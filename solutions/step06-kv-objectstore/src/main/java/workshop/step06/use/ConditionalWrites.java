package workshop.step06.use;

import io.nats.client.JetStreamApiException;
import io.nats.client.KeyValue;
import java.io.IOException;
import java.util.OptionalLong;

/**
 * Writes that refuse to overwrite what they did not see. {@code create} stores a value only if
 * the key has none; {@code update} only if the key is still at the revision the writer read. Both
 * become a publish with an expected last subject sequence, and a refusal is the server's API
 * error 10071 ("wrong last sequence").
 */
public final class ConditionalWrites {

    /** The server's error code when the expected revision (last subject sequence) did not match. */
    public static final int WRONG_LAST_SEQUENCE = 10071;

    private ConditionalWrites() {}

    /** Stores the value if the key has none; returns the new revision, or empty when the key has a value. */
    public static OptionalLong createIfAbsent(KeyValue keyValue, String key, byte[] value)
            throws IOException, JetStreamApiException {
        // EXERCISE 6.7 BEGIN: Use create; turn error 10071 into empty.
        try {
            return OptionalLong.of(keyValue.create(key, value));
        } catch (JetStreamApiException refused) {
            return conflict(refused);
        }
        // EXERCISE 6.7 END
    }

    /** Stores the value if the key is at {@code expectedRevision}; returns the new revision, or empty when it moved on. */
    public static OptionalLong updateIfAt(KeyValue keyValue, String key, byte[] value, long expectedRevision)
            throws IOException, JetStreamApiException {
        // EXERCISE 6.7 BEGIN: Use update with the expected revision; turn error 10071 into empty.
        try {
            return OptionalLong.of(keyValue.update(key, value, expectedRevision));
        } catch (JetStreamApiException refused) {
            return conflict(refused);
        }
        // EXERCISE 6.7 END
    }

    /** Empty for a lost race (10071); any other refusal is rethrown. */
    private static OptionalLong conflict(JetStreamApiException refused) throws JetStreamApiException {
        if (refused.getApiErrorCode() == WRONG_LAST_SEQUENCE) {
            return OptionalLong.empty();
        }
        throw refused;
    }
}

package workshop.step06.use;

import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.KeyValue;
import io.nats.client.KeyValueManagement;
import io.nats.client.api.KeyValueStatus;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * Keys that expire on their own (nats-server 2.11 and newer). A bucket with <em>limit markers</em>
 * is a stream that allows a TTL per message ({@code allow_msg_ttl}) and leaves a marker message
 * behind when a key's last value expires ({@code subject_delete_marker_ttl}); a put that carries the
 * header {@code Nats-TTL} then disappears after that time, whatever the bucket's own TTL says.
 */
public final class KeyExpiry {

    /** The header of a marker the server wrote: why the key's value went ({@code MaxAge} for an expiry). */
    public static final String MARKER_REASON_HEADER = "Nats-Marker-Reason";

    private static final int NO_MESSAGE_FOUND = 10037;

    private KeyExpiry() {}

    /**
     * Creates a bucket in memory whose keys may expire one by one: a key whose value expired keeps a
     * marker for {@code markerTtl} (at least one second), so watchers and caches hear that it went.
     *
     * @return the bucket's status, as the server reports it: an older server leaves the limit marker out
     */
    public static KeyValueStatus createBucket(KeyValueManagement management, String bucket, Duration markerTtl)
            throws IOException, JetStreamApiException {
        // TODO Exercise 6.14: Describe an in-memory bucket with limit markers that last markerTtl, and create it.
        throw new UnsupportedOperationException("Exercise 6.14 is not solved yet: Ask whether keys can expire one by one. Read step06-kv-objectstore/README.md#614-ask-whether-keys-can-expire-one-by-one");
    }

    /**
     * Whether the server kept the bucket's limit markers, and so expires keys that were written with a
     * TTL. A server older than 2.11 drops the setting without a word, and then stores a per-key TTL as
     * an ordinary header: such keys never expire.
     */
    public static boolean expiresKeys(KeyValueStatus status) {
        // TODO Exercise 6.14: Read the limit marker TTL the server sent back.
        throw new UnsupportedOperationException("Exercise 6.14 is not solved yet: Ask whether keys can expire one by one. Read step06-kv-objectstore/README.md#614-ask-whether-keys-can-expire-one-by-one");
    }

    /**
     * Creates a key that the server deletes {@code ttl} after this write (whole seconds, at least one).
     *
     * @return the new revision
     */
    public static long createFor(KeyValue bucket, String key, byte[] value, Duration ttl)
            throws IOException, JetStreamApiException {
        // TODO Exercise 6.15: Create the key with a message TTL of whole seconds.
        throw new UnsupportedOperationException("Exercise 6.15 is not solved yet: Expire a key on its own. Read step06-kv-objectstore/README.md#615-expire-a-key-on-its-own");
    }

    /**
     * Puts a value that the server deletes {@code ttl} after this write: a put renews the key, since the
     * TTL belongs to the message, and the newest message is the key's value. jnats 2.26.2 offers a TTL
     * only on {@code create} and {@code purge}, so this is the put as the bucket sees it: a publish on
     * the key's subject {@code $KV.<bucket>.<key>}, with the header {@code Nats-TTL}.
     *
     * @return the new revision
     */
    public static long putFor(JetStream jetStream, String bucket, String key, byte[] value, Duration ttl)
            throws IOException, JetStreamApiException {
        // TODO Exercise 6.15: Publish the value on the key's subject with a message TTL of whole seconds.
        throw new UnsupportedOperationException("Exercise 6.15 is not solved yet: Expire a key on its own. Read step06-kv-objectstore/README.md#615-expire-a-key-on-its-own");
    }

    /**
     * Why the key has no value, if the server removed it: the {@code Nats-Marker-Reason} of the marker
     * that is the key's last message ({@code MaxAge} when its TTL ran out). Empty when the key's last
     * message is a value, a delete or purge a client wrote, or nothing at all.
     */
    public static Optional<String> markerReason(JetStreamManagement management, String bucket, String key)
            throws IOException, JetStreamApiException {
        // TODO Exercise 6.15: Read the last message on the key's subject and its marker reason header.
        throw new UnsupportedOperationException("Exercise 6.15 is not solved yet: Expire a key on its own. Read step06-kv-objectstore/README.md#615-expire-a-key-on-its-own");
    }

    /** nats-server counts a message TTL in whole seconds, and refuses less than one. */
    private static int wholeSeconds(Duration ttl) {
        if (ttl.toSeconds() < 1 || ttl.toNanosPart() != 0) {
            throw new IllegalArgumentException("A key's TTL is whole seconds, at least one: " + ttl);
        }
        return Math.toIntExact(ttl.toSeconds());
    }
}

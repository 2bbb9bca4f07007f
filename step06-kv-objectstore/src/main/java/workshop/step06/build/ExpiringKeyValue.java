package workshop.step06.build;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.Map;
import workshop.step06.given.MemoryStream;
import workshop.step06.given.StoredMessage;

/**
 * Per-key TTLs with limit markers, built the way nats-server 2.11 and newer build them: a put with a
 * TTL is a message with the header {@code Nats-TTL}; when that time has passed and the message is
 * still its key's value, the server writes a <em>marker</em> in its place (header
 * {@code Nats-Marker-Reason: MaxAge}, with a TTL of its own, rolling the key's subject up to it), so
 * a watcher hears that the key went; when the marker's own TTL has passed, the key has no message
 * left at all. A later put replaces the value, and with it the pending expiry.
 *
 * <p>The bucket keeps one entry per key (history 1, the default, and what per-key TTLs are for): an
 * expiry that finds a newer message on its key does nothing. The server's timer is
 * {@link #expireDue()}: call it after the clock moved. The marker also carries
 * {@code KV-Operation: PURGE}, which the server's does not: the Build track's {@link KeyValue}
 * knows only that header, while jnats reads a {@code MaxAge} reason as a PURGE by itself.
 */
public final class ExpiringKeyValue {

    /** A message's own TTL, in whole seconds ({@code "5s"}), as clients send it. */
    public static final String TTL_HEADER = "Nats-TTL";
    /** Why the server wrote a marker; {@code MaxAge} for an expiry. */
    public static final String MARKER_REASON_HEADER = "Nats-Marker-Reason";

    public static final String MAX_AGE = "MaxAge";

    private final KeyValue keyValue;
    private final MemoryStream stream;
    private final InstantSource clock;
    private final Duration markerTtl;
    /** When each message with a TTL (a value or a marker) expires, by stream sequence, in the order written. */
    private final Map<Long, Instant> expiries = new LinkedHashMap<>();

    /**
     * @param markerTtl how long a marker stays after its key's value expired (at least one second)
     */
    public ExpiringKeyValue(String bucket, MemoryStream stream, InstantSource clock, Duration markerTtl) {
        this.keyValue = new KeyValue(bucket, stream);
        this.stream = stream;
        this.clock = clock;
        this.markerTtl = wholeSeconds(markerTtl);
    }

    /** The subject that holds a key's entries: {@code $KV.<bucket>.<key>}. */
    public String subjectOf(String key) {
        return keyValue.subjectOf(key);
    }

    /**
     * Stores a value that expires {@code ttl} after now (whole seconds, at least one).
     *
     * @return the revision
     */
    public synchronized long put(String key, byte[] value, Duration ttl) {
        wholeSeconds(ttl); // refuses what nats-server refuses
        // TODO Exercise 6.16: Append the value with its TTL header, and remember when this message expires.
        throw new UnsupportedOperationException("Exercise 6.16 is not solved yet: Per-key TTLs and limit markers. Read step06-kv-objectstore/README.md#616-per-key-ttls-and-limit-markers");
    }

    /**
     * Does what the server's expiry timer does, for every message whose time has come: a value that is
     * still its key's latest message becomes a marker (one, however often this is called); a marker
     * that is still there leaves the key without any message. An expiry that finds a newer message on
     * its key is dropped: that put renewed the key.
     *
     * @return how many messages expired
     */
    public synchronized int expireDue() {
        // TODO Exercise 6.16: For each due expiry still the key's last message: a value becomes a marker, a marker
        // goes.
        throw new UnsupportedOperationException("Exercise 6.16 is not solved yet: Per-key TTLs and limit markers. Read step06-kv-objectstore/README.md#616-per-key-ttls-and-limit-markers");
    }

    private boolean isLastOnItsSubject(StoredMessage message) {
        return stream.lastOn(message.subject()).map(StoredMessage::sequence).orElse(0L) == message.sequence();
    }

    /** nats-server counts a message TTL in whole seconds, and refuses less than one. */
    private static Duration wholeSeconds(Duration ttl) {
        if (ttl.toSeconds() < 1 || ttl.toNanosPart() != 0) {
            throw new IllegalArgumentException("A TTL is whole seconds, at least one, as nats-server requires: " + ttl);
        }
        return ttl;
    }
}

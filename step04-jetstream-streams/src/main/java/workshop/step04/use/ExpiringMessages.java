package workshop.step04.use;

import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.MessageInfo;
import io.nats.client.api.PublishAck;
import io.nats.client.api.StreamInfo;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * Messages that expire one by one (nats-server 2.11+): a stream that allows per-message TTLs lets
 * each publisher say how long its message lives ({@code Nats-TTL}), whatever the stream's
 * {@code maxAge}; and a stream with subject delete markers leaves a marker on a subject whose last
 * message expired, so readers learn that the value is gone instead of finding nothing.
 */
public final class ExpiringMessages {

    /** The header a subject delete marker carries, with the reason the subject's last message went. */
    public static final String MARKER_REASON = "Nats-Marker-Reason";

    private ExpiringMessages() {}

    /**
     * Creates a memory stream that accepts per-message TTLs.
     *
     * @param maxAge    how long a message without a TTL of its own is kept; {@link Duration#ZERO} for forever
     * @param markerTtl how long a subject delete marker is kept (at least 1 s); {@link Duration#ZERO} for no markers
     */
    public static StreamInfo create(
            JetStreamManagement jsm, String stream, String subjects, Duration maxAge, Duration markerTtl)
            throws IOException, JetStreamApiException {
        // TODO Exercise 4.12: A memory stream that allows message TTLs, with this maxAge and, unless zero, this delete
        // marker TTL.
        throw new UnsupportedOperationException("Exercise 4.12 is not solved yet: Expire single messages. Read step04-jetstream-streams/README.md#412-expire-single-messages");
    }

    /**
     * Publishes a message that the stream removes {@code ttl} after storing it. The server counts
     * TTLs in whole seconds, 1 s at least; a stream that does not allow TTLs rejects the message
     * ({@code per-message TTL is disabled [10166]}).
     */
    public static PublishAck publish(JetStream jetStream, String subject, String text, Duration ttl)
            throws IOException, JetStreamApiException {
        // TODO Exercise 4.12: Publish with a Nats-TTL of the given whole seconds.
        throw new UnsupportedOperationException("Exercise 4.12 is not solved yet: Expire single messages. Read step04-jetstream-streams/README.md#412-expire-single-messages");
    }

    /** Publishes a message that never expires, not even when the stream's {@code maxAge} has passed ({@code Nats-TTL: never}). */
    public static PublishAck publishNeverExpiring(JetStream jetStream, String subject, String text)
            throws IOException, JetStreamApiException {
        // TODO Exercise 4.12: Publish with the TTL that means never.
        throw new UnsupportedOperationException("Exercise 4.12 is not solved yet: Expire single messages. Read step04-jetstream-streams/README.md#412-expire-single-messages");
    }

    /**
     * Why the subject of this message lost its last message, when the message is a subject delete
     * marker ({@code MaxAge}, for example); empty for an ordinary message.
     */
    public static Optional<String> deleteMarkerReason(MessageInfo message) {
        // TODO Exercise 4.12: A marker is the message that carries the marker reason header.
        throw new UnsupportedOperationException("Exercise 4.12 is not solved yet: Expire single messages. Read step04-jetstream-streams/README.md#412-expire-single-messages");
    }
}

package workshop.step04.use;

import io.nats.client.Connection;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.MessageInfo;
import io.nats.client.api.StreamInfo;
import java.io.IOException;
import java.util.Optional;

/**
 * A last-value stream: one message kept per subject, so the stream is a table of current values
 * (one subject per entity), read directly by subject or by sequence, no consumer needed.
 * This is how the key/value store of step 6 is built.
 */
public final class LastValues {

    /** nats-server's error code when a get finds no message. */
    public static final int NO_MESSAGE_FOUND = 10037;

    private LastValues() {}

    /** A memory stream on the subjects that keeps only the newest message of each subject. */
    public static StreamInfo createLastValueStream(JetStreamManagement jsm, String name, String subjects)
            throws IOException, JetStreamApiException {
        // TODO Exercise 4.9: A memory stream with at most one message per subject.
        throw new UnsupportedOperationException("Exercise 4.9 is not solved yet: Keep the last value per subject. Read step04-jetstream-streams/README.md#49-keep-the-last-value-per-subject");
    }

    /**
     * The payload of the newest message on this subject, or empty when the stream has none for it.
     * Uses the stream's context ({@link Connection#getStreamContext(String)}).
     */
    public static Optional<String> latest(Connection connection, String stream, String subject)
            throws IOException, JetStreamApiException {
        // TODO Exercise 4.9: Get the last message for the subject; "no message found" means empty, any other error is
        // real.
        throw new UnsupportedOperationException("Exercise 4.9 is not solved yet: Keep the last value per subject. Read step04-jetstream-streams/README.md#49-keep-the-last-value-per-subject");
    }

    /** The message stored under this sequence (subject, payload, time). */
    public static MessageInfo at(Connection connection, String stream, long sequence)
            throws IOException, JetStreamApiException {
        // TODO Exercise 4.9: Get the message by its sequence number.
        throw new UnsupportedOperationException("Exercise 4.9 is not solved yet: Keep the last value per subject. Read step04-jetstream-streams/README.md#49-keep-the-last-value-per-subject");
    }
}

package workshop.step04.use;

import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import io.nats.client.api.StreamInfo;
import java.io.IOException;

/**
 * Creating, changing and inspecting streams with {@link JetStreamManagement}: the same requests
 * {@code nats stream add / edit / info} send to the server's {@code $JS.API.STREAM.*} subjects.
 */
public final class StreamAdmin {

    private StreamAdmin() {}

    /**
     * Creates a stream with this name, storage and subjects, and no limits. Creating it again with
     * the very same configuration is fine; with a different one the server refuses (use {@link #addSubject}).
     *
     * @return the server's view of the new stream: its configuration as stored, and its state
     */
    public static StreamInfo create(JetStreamManagement jsm, String name, StorageType storage, String... subjects)
            throws IOException, JetStreamApiException {
        // TODO Exercise 4.6: Build a StreamConfiguration with the name, storage type and subjects, and add the stream.
        throw new UnsupportedOperationException("Exercise 4.6 is not solved yet: Create, update and inspect streams. Read step04-jetstream-streams/README.md#46-create-update-and-inspect-streams");
    }

    /**
     * Makes an existing stream capture one more subject, keeping everything else (and every stored message).
     *
     * @return the stream as the server now has it
     */
    public static StreamInfo addSubject(JetStreamManagement jsm, String name, String subject)
            throws IOException, JetStreamApiException {
        // TODO Exercise 4.6: Read the current configuration, add the subject to a copy of it, update the stream.
        throw new UnsupportedOperationException("Exercise 4.6 is not solved yet: Create, update and inspect streams. Read step04-jetstream-streams/README.md#46-create-update-and-inspect-streams");
    }

    /** How many messages the stream holds right now, as the server counts them. */
    public static long messageCount(JetStreamManagement jsm, String name) throws IOException, JetStreamApiException {
        // TODO Exercise 4.6: Ask the server for the stream's info and read the message count from its state.
        throw new UnsupportedOperationException("Exercise 4.6 is not solved yet: Create, update and inspect streams. Read step04-jetstream-streams/README.md#46-create-update-and-inspect-streams");
    }
}

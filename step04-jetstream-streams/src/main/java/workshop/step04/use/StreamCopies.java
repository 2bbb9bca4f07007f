package workshop.step04.use;

import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.Mirror;
import io.nats.client.api.StreamInfo;
import java.io.IOException;

/**
 * Streams fed by other streams instead of by publishers. A <b>mirror</b> is a read-only copy of one
 * stream: same messages, same sequence numbers, following the origin as it grows (a replica in
 * another region, a read copy for analytics). A stream with <b>sources</b> gathers the messages of
 * one or more streams into its own sequence (regional streams into a global one), optionally only
 * some subjects, and, from nats-server 2.10 on, under transformed subjects.
 */
public final class StreamCopies {

    private StreamCopies() {}

    /** Creates a memory stream that mirrors {@code origin}. A mirror has no subjects of its own. */
    public static StreamInfo mirror(JetStreamManagement jsm, String name, String origin)
            throws IOException, JetStreamApiException {
        // TODO Exercise 4.17: A memory stream whose mirror is the origin.
        throw new UnsupportedOperationException("Exercise 4.17 is not solved yet: Mirror and source streams. Read step04-jetstream-streams/README.md#417-mirror-and-source-streams");
    }

    /** Creates a memory stream that gathers every message of the origin streams. */
    public static StreamInfo gather(JetStreamManagement jsm, String name, String... origins)
            throws IOException, JetStreamApiException {
        // TODO Exercise 4.17: A memory stream with one source per origin.
        throw new UnsupportedOperationException("Exercise 4.17 is not solved yet: Mirror and source streams. Read step04-jetstream-streams/README.md#417-mirror-and-source-streams");
    }

    /**
     * Creates a memory stream that gathers the origin's messages on subjects matching {@code from}
     * and stores each under {@code to}, a transform destination such as
     * {@code archive.{{wildcard(1)}}} (nats-server 2.10+; an older server ignores the transform).
     */
    public static StreamInfo gatherRenamed(JetStreamManagement jsm, String name, String origin, String from, String to)
            throws IOException, JetStreamApiException {
        // TODO Exercise 4.17: A memory stream with one source whose subject transform maps from to to.
        throw new UnsupportedOperationException("Exercise 4.17 is not solved yet: Mirror and source streams. Read step04-jetstream-streams/README.md#417-mirror-and-source-streams");
    }
}

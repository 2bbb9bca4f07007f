package workshop.step04.use;

import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import java.io.IOException;

/**
 * Purging removes stored messages but keeps the stream, its configuration, its consumers, and its
 * sequence numbers: the next message gets the next sequence, not 1.
 */
public final class Purging {

    private Purging() {}

    /** Removes every message of the stream; returns how many the server removed. */
    public static long purgeAll(JetStreamManagement jsm, String stream) throws IOException, JetStreamApiException {
        // TODO Exercise 4.10: Purge the whole stream and report the server's count.
        throw new UnsupportedOperationException("Exercise 4.10 is not solved yet: Purge. Read step04-jetstream-streams/README.md#410-purge");
    }

    /** Removes the messages on one subject (wildcards allowed); returns how many. */
    public static long purgeSubject(JetStreamManagement jsm, String stream, String subject)
            throws IOException, JetStreamApiException {
        // TODO Exercise 4.10: Purge with options that name the subject.
        throw new UnsupportedOperationException("Exercise 4.10 is not solved yet: Purge. Read step04-jetstream-streams/README.md#410-purge");
    }

    /** Removes all but the newest {@code keep} messages on one subject; returns how many went. */
    public static long keepNewest(JetStreamManagement jsm, String stream, String subject, long keep)
            throws IOException, JetStreamApiException {
        // TODO Exercise 4.10: Purge the subject, keeping the newest messages.
        throw new UnsupportedOperationException("Exercise 4.10 is not solved yet: Purge. Read step04-jetstream-streams/README.md#410-purge");
    }
}

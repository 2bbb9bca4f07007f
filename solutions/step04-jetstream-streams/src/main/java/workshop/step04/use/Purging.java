package workshop.step04.use;

import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.PurgeOptions;
import java.io.IOException;

/**
 * Purging removes stored messages but keeps the stream, its configuration, its consumers, and its
 * sequence numbers: the next message gets the next sequence, not 1.
 */
public final class Purging {

    private Purging() {}

    /** Removes every message of the stream; returns how many the server removed. */
    public static long purgeAll(JetStreamManagement jsm, String stream) throws IOException, JetStreamApiException {
        // EXERCISE 4.10 BEGIN: Purge the whole stream and report the server's count.
        return jsm.purgeStream(stream).getPurged();
        // EXERCISE 4.10 END
    }

    /** Removes the messages on one subject (wildcards allowed); returns how many. */
    public static long purgeSubject(JetStreamManagement jsm, String stream, String subject)
            throws IOException, JetStreamApiException {
        // EXERCISE 4.10 BEGIN: Purge with options that name the subject.
        return jsm.purgeStream(stream, PurgeOptions.subject(subject)).getPurged();
        // EXERCISE 4.10 END
    }

    /** Removes all but the newest {@code keep} messages on one subject; returns how many went. */
    public static long keepNewest(JetStreamManagement jsm, String stream, String subject, long keep)
            throws IOException, JetStreamApiException {
        // EXERCISE 4.10 BEGIN: Purge the subject, keeping the newest messages.
        return jsm.purgeStream(
                        stream,
                        PurgeOptions.builder().subject(subject).keep(keep).build())
                .getPurged();
        // EXERCISE 4.10 END
    }
}

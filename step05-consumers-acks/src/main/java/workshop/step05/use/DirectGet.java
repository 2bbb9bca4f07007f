package workshop.step05.use;

import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import java.io.IOException;

/**
 * Reading a stream's last message on a subject without a consumer: a direct get (nats-server 2.9 and
 * newer) asks the stream itself, on {@code $JS.API.DIRECT.GET.<stream>.<subject>}, and any server
 * holding a copy of the stream may answer, not only the leader. It keeps no state on the server:
 * right for "what is the latest price of X", wrong for "process every price".
 */
public final class DirectGet {

    private DirectGet() {}

    /**
     * Creates a memory stream on {@code subjects} that answers direct gets and keeps only the latest
     * message of each subject (a last-value cache).
     */
    public static void createLastValueStream(JetStreamManagement jsm, String stream, String subjects)
            throws IOException, JetStreamApiException {
        // TODO Exercise 5.20: A memory stream on the subjects that allows direct gets and keeps one message per
        // subject.
        throw new UnsupportedOperationException("Exercise 5.20 is not solved yet: Read the last value without a consumer. Read step05-consumers-acks/README.md#520-read-the-last-value-without-a-consumer");
    }

    /**
     * The payload of the last message stored on {@code subject}, as text. jnats sends a direct get
     * by itself when the stream allows them; a subject without messages is an error (10037).
     */
    public static String latest(JetStreamManagement jsm, String stream, String subject)
            throws IOException, JetStreamApiException {
        // TODO Exercise 5.20: Ask the stream for its last message on the subject and decode its payload.
        throw new UnsupportedOperationException("Exercise 5.20 is not solved yet: Read the last value without a consumer. Read step05-consumers-acks/README.md#520-read-the-last-value-without-a-consumer");
    }
}

package workshop.step05.use;

import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.RetentionPolicy;
import io.nats.client.api.StreamInfo;
import java.io.IOException;

/**
 * Streams whose consumers decide what is kept: a work queue forgets a message once one consumer
 * acked it; an interest stream once every consumer did.
 */
public final class RetentionPolicies {

    /** The error code of the server's "no message found". */
    static final int NO_MESSAGE_FOUND = 10037;

    private RetentionPolicies() {}

    /** A memory stream with work-queue retention. */
    public static StreamInfo workQueue(JetStreamManagement jsm, String name, String... subjects)
            throws IOException, JetStreamApiException {
        // TODO Exercise 5.13: A memory stream on the subjects with RetentionPolicy.WorkQueue.
        throw new UnsupportedOperationException("Exercise 5.13 is not solved yet: Work-queue and interest retention. Read step05-consumers-acks/README.md#513-work-queue-and-interest-retention");
    }

    /** A memory stream with interest retention. */
    public static StreamInfo interest(JetStreamManagement jsm, String name, String... subjects)
            throws IOException, JetStreamApiException {
        // TODO Exercise 5.13: A memory stream on the subjects with RetentionPolicy.Interest.
        throw new UnsupportedOperationException("Exercise 5.13 is not solved yet: Work-queue and interest retention. Read step05-consumers-acks/README.md#513-work-queue-and-interest-retention");
    }

    /**
     * Whether the stream still holds the message with this sequence number: after an ack, retention
     * decides that, not the consumer. The server answers a get of a message it no longer has (or never
     * kept) with error 10037, "no message found"; any other error is a real problem and is thrown.
     */
    public static boolean isKept(JetStreamManagement jsm, String stream, long sequence)
            throws IOException, JetStreamApiException {
        // TODO Exercise 5.13: Get the message by its sequence: true when the server has it, false on its "no message
        // found" (10037).
        throw new UnsupportedOperationException("Exercise 5.13 is not solved yet: Work-queue and interest retention. Read step05-consumers-acks/README.md#513-work-queue-and-interest-retention");
    }
}

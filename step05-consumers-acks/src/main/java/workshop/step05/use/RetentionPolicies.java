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
}

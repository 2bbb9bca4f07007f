package workshop.step04.use;

import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.StreamInfo;
import java.io.IOException;
import java.time.Duration;

/**
 * Limits on the real server, and what a publisher sees when it hits one. All streams here are in
 * memory: limits behave the same with file storage.
 */
public final class StreamLimits {

    private StreamLimits() {}

    /**
     * A stream that holds at most {@code maxMessages} and, when full, rejects new messages (discard
     * new): nothing stored is ever lost to make room, the publisher has to deal with "full".
     */
    public static StreamInfo boundedQueue(JetStreamManagement jsm, String name, String subject, long maxMessages)
            throws IOException, JetStreamApiException {
        // TODO Exercise 4.8: A memory stream on the subject with maxMessages and the discard-new policy.
        throw new UnsupportedOperationException("Exercise 4.8 is not solved yet: Hit the limits. Read step04-jetstream-streams/README.md#48-hit-the-limits");
    }

    /** A stream that keeps the newest {@code maxMessages}: when full, the oldest make room (discard old, the default). */
    public static StreamInfo rollingWindow(JetStreamManagement jsm, String name, String subject, long maxMessages)
            throws IOException, JetStreamApiException {
        // TODO Exercise 4.8: A memory stream on the subject with maxMessages and the discard-old policy.
        throw new UnsupportedOperationException("Exercise 4.8 is not solved yet: Hit the limits. Read step04-jetstream-streams/README.md#48-hit-the-limits");
    }

    /** A stream whose messages expire {@code maxAge} after they were stored (the server accepts 100 ms or more). */
    public static StreamInfo expiring(JetStreamManagement jsm, String name, String subject, Duration maxAge)
            throws IOException, JetStreamApiException {
        // TODO Exercise 4.8: A memory stream on the subject with maxAge.
        throw new UnsupportedOperationException("Exercise 4.8 is not solved yet: Hit the limits. Read step04-jetstream-streams/README.md#48-hit-the-limits");
    }

    /**
     * Publishes through JetStream and turns the answer into a value: {@link PublishOutcome.Stored} or,
     * when the stream refuses the message, {@link PublishOutcome.Rejected} with the server's error code
     * and description (not an exception: a full stream is an expected answer here).
     *
     * @throws IOException when no stream captures the subject or the server does not answer
     */
    public static PublishOutcome tryPublish(JetStream jetStream, String subject, String text) throws IOException {
        // TODO Exercise 4.8: Publish; a JetStreamApiException carries the code and description of the rejection.
        throw new UnsupportedOperationException("Exercise 4.8 is not solved yet: Hit the limits. Read step04-jetstream-streams/README.md#48-hit-the-limits");
    }
}

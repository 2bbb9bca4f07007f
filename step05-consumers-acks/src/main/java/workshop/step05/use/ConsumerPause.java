package workshop.step05.use;

import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import java.io.IOException;
import java.time.Duration;
import java.time.ZonedDateTime;

/**
 * Pausing a consumer on the server (nats-server 2.11 and newer): while paused it delivers nothing,
 * to any client, yet keeps its position, its pending acks and its configuration; at the pause's end
 * (or on resume) it carries on. Before 2.11 the same took stopping every worker, or deleting the
 * consumer and creating it again at the right sequence.
 */
public final class ConsumerPause {

    private ConsumerPause() {}

    /**
     * Pauses the consumer until {@code until} and returns how long the server says it stays paused:
     * {@link Duration#ZERO} when it is not paused (a time already past pauses nothing).
     */
    public static Duration pauseUntil(JetStreamManagement jsm, String stream, String consumer, ZonedDateTime until)
            throws IOException, JetStreamApiException {
        // TODO Exercise 5.16: Ask the server to pause the consumer until that time; return the pause the server
        // reports remaining.
        throw new UnsupportedOperationException("Exercise 5.16 is not solved yet: Pause and resume a consumer. Read step05-consumers-acks/README.md#516-pause-and-resume-a-consumer");
    }

    /** Ends the pause now; true when the server reports the consumer running again. */
    public static boolean resume(JetStreamManagement jsm, String stream, String consumer)
            throws IOException, JetStreamApiException {
        // TODO Exercise 5.16: Ask the server to resume the consumer.
        throw new UnsupportedOperationException("Exercise 5.16 is not solved yet: Pause and resume a consumer. Read step05-consumers-acks/README.md#516-pause-and-resume-a-consumer");
    }
}

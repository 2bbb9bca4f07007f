package workshop.step05.use;

import io.nats.client.Connection;
import io.nats.client.ConsumerContext;
import io.nats.client.JetStreamApiException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * Backoff: instead of one AckWait for every redelivery, a list of waits: the first redelivery
 * after {@code backoff[0]}, the second after {@code backoff[1]}, and the last value for every one
 * after that. MaxDeliver must cover the backoff: nats-server 2.9.10 to 2.10.22 require it to be
 * larger than the number of backoff values, 2.10.23 and newer at least as large; -1 (no limit)
 * with a backoff is refused up to 2.10.12 and accepted from 2.10.14.
 */
public final class Backoff {

    private Backoff() {}

    /** Creates a durable explicit-ack pull consumer on the whole stream with this backoff and MaxDeliver. */
    public static ConsumerContext createWithBackoff(
            Connection connection, String stream, String durable, int maxDeliver, Duration... backoff)
            throws IOException, JetStreamApiException {
        // TODO Exercise 5.10: A durable explicit-ack consumer with backoff and maxDeliver, created through the
        // stream's context.
        throw new UnsupportedOperationException("Exercise 5.10 is not solved yet: Back off between redeliveries. Read step05-consumers-acks/README.md#510-back-off-between-redeliveries");
    }

    /**
     * Watches an unacked message come back: consumes without ever acking, as a worker whose call always
     * fails, until the server has delivered {@code deliveries} times or {@code patience} is over, and
     * returns the waits between one delivery and the next, as this client saw them (one fewer than the
     * deliveries that came). A consumer that gives up after MaxDeliver returns fewer.
     */
    public static List<Duration> redeliveryGaps(ConsumerContext consumer, int deliveries, Duration patience)
            throws Exception {
        // TODO Exercise 5.10: Consume without acking, note when each delivery arrives, stop after `deliveries` or
        // `patience`, and return the gaps between arrivals.
        throw new UnsupportedOperationException("Exercise 5.10 is not solved yet: Back off between redeliveries. Read step05-consumers-acks/README.md#510-back-off-between-redeliveries");
    }
}

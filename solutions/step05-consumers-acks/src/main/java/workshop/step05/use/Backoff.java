package workshop.step05.use;

import io.nats.client.Connection;
import io.nats.client.ConsumerContext;
import io.nats.client.JetStreamApiException;
import io.nats.client.MessageConsumer;
import io.nats.client.api.AckPolicy;
import io.nats.client.api.ConsumerConfiguration;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

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
        // EXERCISE 5.10 BEGIN: A durable explicit-ack consumer with backoff and maxDeliver, created through the
        // stream's context.
        ConsumerConfiguration config = ConsumerConfiguration.builder()
                .durable(durable)
                .ackPolicy(AckPolicy.Explicit)
                .backoff(backoff)
                .maxDeliver(maxDeliver)
                .build();
        return connection.getStreamContext(stream).createOrUpdateConsumer(config);
        // EXERCISE 5.10 END
    }

    /**
     * Watches an unacked message come back: consumes without ever acking, as a worker whose call always
     * fails, until the server has delivered {@code deliveries} times or {@code patience} is over, and
     * returns the waits between one delivery and the next, as this client saw them (one fewer than the
     * deliveries that came). A consumer that gives up after MaxDeliver returns fewer.
     */
    public static List<Duration> redeliveryGaps(ConsumerContext consumer, int deliveries, Duration patience)
            throws Exception {
        // EXERCISE 5.10 BEGIN: Consume without acking, note when each delivery arrives, stop after `deliveries` or
        // `patience`, and return the gaps between arrivals.
        List<Long> arrivals = new CopyOnWriteArrayList<>();
        CountDownLatch enough = new CountDownLatch(deliveries);
        try (MessageConsumer failingWorker = consumer.consume(message -> {
            arrivals.add(System.nanoTime());
            enough.countDown();
        })) {
            enough.await(patience.toMillis(), TimeUnit.MILLISECONDS);
        }
        List<Duration> gaps = new ArrayList<>();
        for (int i = 1; i < arrivals.size(); i++) {
            gaps.add(Duration.ofNanos(arrivals.get(i) - arrivals.get(i - 1)));
        }
        return gaps;
        // EXERCISE 5.10 END
    }
}

package workshop.step05.use;

import io.nats.client.Connection;
import io.nats.client.ConsumerContext;
import io.nats.client.FetchConsumeOptions;
import io.nats.client.FetchConsumer;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamStatusCheckedException;
import io.nats.client.Message;
import io.nats.client.api.AckPolicy;
import io.nats.client.api.ConsumerConfiguration;
import io.nats.client.api.DeliverPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Durable pull consumers with jnats' simplified API: a {@link io.nats.client.StreamContext}
 * creates the consumer, a {@link ConsumerContext} reads from it with {@code next} (one message)
 * or {@code fetch} (a batch).
 */
public final class DurableConsumers {

    private DurableConsumers() {}

    /**
     * Creates (or updates) a durable pull consumer on the stream: it delivers every stored message
     * on the filter subject from the start ("deliver all"), expects an explicit ack for each, and
     * redelivers after {@code ackWait}.
     */
    public static ConsumerContext createDurable(
            Connection connection, String stream, String durable, String filterSubject, Duration ackWait)
            throws IOException, JetStreamApiException {
        // EXERCISE 5.7 BEGIN: Configure a durable, filtered, deliver-all, explicit-ack consumer and create it through
        // the stream's context.
        ConsumerConfiguration config = ConsumerConfiguration.builder()
                .durable(durable)
                .filterSubject(filterSubject)
                .deliverPolicy(DeliverPolicy.All)
                .ackPolicy(AckPolicy.Explicit)
                .ackWait(ackWait)
                .build();
        return connection.getStreamContext(stream).createOrUpdateConsumer(config);
        // EXERCISE 5.7 END
    }

    /**
     * Takes the next message, acks it, and returns its payload; {@code null} when none came within
     * {@code maxWait} (jnats wants at least one second).
     */
    public static String takeOne(ConsumerContext consumer, Duration maxWait)
            throws IOException, InterruptedException, JetStreamStatusCheckedException, JetStreamApiException {
        // EXERCISE 5.7 BEGIN: next(maxWait); null means nothing came; otherwise ack and return the text.
        Message message = consumer.next(maxWait);
        if (message == null) {
            return null;
        }
        message.ack();
        return new String(message.getData(), StandardCharsets.UTF_8);
        // EXERCISE 5.7 END
    }

    /**
     * Fetches up to {@code max} messages, waiting at most {@code maxWait} for the batch to fill,
     * acks each, and returns their payloads in order. jnats takes that wait in milliseconds, at
     * least 1000. The {@code FetchConsumer} is closed when the batch is read: a fetch that ended
     * because its time was up still holds its subscription until it is closed (its {@code close()}
     * declares {@code throws Exception}, hence this method's).
     */
    public static List<String> takeBatch(ConsumerContext consumer, int max, Duration maxWait) throws Exception {
        // EXERCISE 5.7 BEGIN: fetch with maxMessages and expiresIn (milliseconds); read nextMessage() until null,
        // acking each; close the fetch.
        FetchConsumeOptions options = FetchConsumeOptions.builder()
                .maxMessages(max)
                .expiresIn(maxWait.toMillis())
                .build();
        List<String> payloads = new ArrayList<>();
        try (FetchConsumer batch = consumer.fetch(options)) { // ends by itself: batch full or time up
            Message message;
            while ((message = batch.nextMessage()) != null) {
                message.ack();
                payloads.add(new String(message.getData(), StandardCharsets.UTF_8));
            }
        }
        return payloads;
        // EXERCISE 5.7 END
    }
}

package workshop.step05.use;

import io.nats.client.Connection;
import io.nats.client.ConsumeOptions;
import io.nats.client.ConsumerContext;
import io.nats.client.JetStreamApiException;
import io.nats.client.MessageConsumer;
import io.nats.client.api.AckPolicy;
import io.nats.client.api.ConsumerConfiguration;
import io.nats.client.api.PriorityPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * A priority group with the overflow policy (nats-server 2.11 and newer): each pull may say "serve
 * me only while at least N messages are waiting". A local worker pulls without a threshold and takes
 * the everyday load; a remote or expensive one pulls with a threshold and helps only when a backlog
 * builds up.
 */
public final class OverflowWorkers {

    private OverflowWorkers() {}

    /**
     * Creates (or updates) a durable, explicit-ack pull consumer with one priority group,
     * {@code group}, under the overflow policy.
     */
    public static ConsumerContext createDurable(Connection connection, String stream, String durable, String group)
            throws IOException, JetStreamApiException {
        // EXERCISE 5.18 BEGIN: Configure a durable, explicit-ack consumer with the priority group and the overflow
        // policy.
        ConsumerConfiguration config = ConsumerConfiguration.builder()
                .durable(durable)
                .ackPolicy(AckPolicy.Explicit)
                .priorityGroups(group)
                .priorityPolicy(PriorityPolicy.Overflow)
                .build();
        return connection.getStreamContext(stream).createOrUpdateConsumer(config);
        // EXERCISE 5.18 END
    }

    /**
     * Starts one worker in the group that the server serves only while at least {@code minPending}
     * messages wait to be delivered (0: always, like a worker without a threshold). It hands each
     * payload to the sink and acks it.
     */
    public static MessageConsumer startWorker(
            Connection connection, String stream, String durable, String group, long minPending, Consumer<String> sink)
            throws IOException, JetStreamApiException {
        // EXERCISE 5.18 BEGIN: Bind to the durable and consume with the group and the minimum pending count in the
        // options; pass each payload on, then ack.
        ConsumeOptions options = ConsumeOptions.builder()
                .group(group)
                .minPending(minPending)
                .batchSize(10)
                .build();
        return connection.getStreamContext(stream).getConsumerContext(durable).consume(options, message -> {
            sink.accept(new String(message.getData(), StandardCharsets.UTF_8));
            message.ack();
        });
        // EXERCISE 5.18 END
    }
}

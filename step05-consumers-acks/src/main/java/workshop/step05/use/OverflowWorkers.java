package workshop.step05.use;

import io.nats.client.Connection;
import io.nats.client.ConsumerContext;
import io.nats.client.JetStreamApiException;
import io.nats.client.MessageConsumer;
import java.io.IOException;
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
        // TODO Exercise 5.18: Configure a durable, explicit-ack consumer with the priority group and the overflow
        // policy.
        throw new UnsupportedOperationException("Exercise 5.18 is not solved yet: Overflow to a second worker. Read step05-consumers-acks/README.md#518-overflow-to-a-second-worker");
    }

    /**
     * Starts one worker in the group that the server serves only while at least {@code minPending}
     * messages wait to be delivered (0: always, like a worker without a threshold). It hands each
     * payload to the sink and acks it.
     */
    public static MessageConsumer startWorker(
            Connection connection, String stream, String durable, String group, long minPending, Consumer<String> sink)
            throws IOException, JetStreamApiException {
        // TODO Exercise 5.18: Bind to the durable and consume with the group and the minimum pending count in the
        // options; pass each payload on, then ack.
        throw new UnsupportedOperationException("Exercise 5.18 is not solved yet: Overflow to a second worker. Read step05-consumers-acks/README.md#518-overflow-to-a-second-worker");
    }
}

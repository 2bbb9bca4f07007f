package workshop.step05.use;

import io.nats.client.Connection;
import io.nats.client.ConsumerContext;
import io.nats.client.JetStreamApiException;
import io.nats.client.MessageConsumer;
import java.io.IOException;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * A priority group with the pinned-client policy (nats-server 2.11 and newer): of all the workers
 * pulling in the group, the server serves one, the pinned one, and the others stand by. When the
 * pinned worker has not pulled for the pin's TTL (it crashed, or stopped), the server pins the next
 * worker that pulls. One active worker with a hot standby, without a leader election of your own.
 */
public final class PinnedClient {

    private PinnedClient() {}

    /**
     * Creates (or updates) a durable, explicit-ack pull consumer with one priority group,
     * {@code group}, under the pinned-client policy: a pinned worker that stays silent for
     * {@code pinnedTtl} loses its pin.
     */
    public static ConsumerContext createDurable(
            Connection connection, String stream, String durable, String group, Duration pinnedTtl)
            throws IOException, JetStreamApiException {
        // TODO Exercise 5.17: Configure a durable, explicit-ack consumer with the priority group, the pinned-client
        // policy and the pin's TTL.
        throw new UnsupportedOperationException("Exercise 5.17 is not solved yet: Pin one worker, fail over to another. Read step05-consumers-acks/README.md#517-pin-one-worker-fail-over-to-another");
    }

    /**
     * Starts one worker in the group: it pulls naming the group, hands each payload to the sink and
     * acks it. It receives messages only while it is the pinned one. jnats keeps the pin id the
     * server sends (header {@code Nats-Pin-Id}) and names it in every later pull; with a pinned
     * consumer jnats allows only {@code consume}, not {@code next} or {@code fetch}.
     * <p>
     * The server restarts the pin's TTL only when the pinned worker sends a new pull, and an idle
     * {@code consume} sends one each time the last expires (30 s unless told otherwise). So each pull
     * here expires in half the consumer's pin TTL (jnats' minimum, 1 s, for a TTL under 2 s): a
     * worker that is alive but idle keeps its pin.
     */
    public static MessageConsumer startWorker(
            Connection connection, String stream, String durable, String group, Consumer<String> sink)
            throws IOException, JetStreamApiException {
        // TODO Exercise 5.17: Bind to the durable; consume with the group in the options, batches of 10, pulls that
        // expire well within the pin's TTL; pass each payload on, then ack.
        throw new UnsupportedOperationException("Exercise 5.17 is not solved yet: Pin one worker, fail over to another. Read step05-consumers-acks/README.md#517-pin-one-worker-fail-over-to-another");
    }
}

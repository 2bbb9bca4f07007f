package workshop.step08.use;

import io.nats.client.Connection;
import io.nats.client.Consumer;
import io.nats.client.ErrorListener;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What happens when a consumer cannot keep up, on both sides of the socket. In the client, jnats
 * queues the messages a subscription has not handled yet up to its pending limits, drops the rest
 * and tells the connection's {@link ErrorListener}. In the server, nats-server queues what a
 * client has not read yet up to {@code max_pending} bytes, waits at most {@code write_deadline} for a
 * blocked socket, and then closes the client as a "Slow Consumer". (Your broker's 8.5 does the
 * server's part with its {@code OutboundBuffer}.)
 */
public final class SlowConsumers {

    private SlowConsumers() {}

    /**
     * Bounds what {@code consumer} (a subscription or a dispatcher) may hold unhandled: at most
     * {@code maxMessages} messages, any number of bytes. Past that jnats drops messages and counts them.
     */
    public static void limitPending(Consumer consumer, long maxMessages) {
        // TODO Exercise 8.13: Set the consumer's pending limits: maxMessages messages, bytes unlimited.
        throw new UnsupportedOperationException("Exercise 8.13 is not solved yet: Survive a slow consumer. Read step08-broker-internals/README.md#813-survive-a-slow-consumer");
    }

    /**
     * The server's side, as nats-server configuration text: a client may have at most
     * {@code maxPendingBytes} bytes waiting to be written to it, and a write to it may block at most
     * {@code writeDeadline}; past either the server closes it as a slow consumer.
     */
    public static String serverLimits(long maxPendingBytes, Duration writeDeadline) {
        // TODO Exercise 8.13: Write max_pending (bytes) and write_deadline (a duration such as "2s") as
        // nats-server configuration.
        throw new UnsupportedOperationException("Exercise 8.13 is not solved yet: Survive a slow consumer. Read step08-broker-internals/README.md#813-survive-a-slow-consumer");
    }

    /**
     * An error listener that remembers every consumer jnats reported as slow, and how many messages
     * those consumers dropped so far: what an application logs or exports as a metric.
     */
    public static final class SlowConsumerAlarm implements ErrorListener {

        private final List<Consumer> slow = new CopyOnWriteArrayList<>();

        @Override
        public void slowConsumerDetected(Connection connection, Consumer consumer) {
            // TODO Exercise 8.13: Remember the consumer (once) that jnats found slow.
            throw new UnsupportedOperationException("Exercise 8.13 is not solved yet: Survive a slow consumer. Read step08-broker-internals/README.md#813-survive-a-slow-consumer");
        }

        /** The consumers reported slow so far, each once. */
        public List<Consumer> slowConsumers() {
            return List.copyOf(slow);
        }

        /** How many messages the slow consumers dropped so far, together. */
        public long droppedSoFar() {
            // TODO Exercise 8.13: Add up the dropped counts of the consumers reported slow.
            throw new UnsupportedOperationException("Exercise 8.13 is not solved yet: Survive a slow consumer. Read step08-broker-internals/README.md#813-survive-a-slow-consumer");
        }
    }
}

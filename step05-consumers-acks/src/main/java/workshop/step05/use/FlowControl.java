package workshop.step05.use;

import io.nats.client.Connection;
import io.nats.client.ConsumerContext;
import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import java.io.IOException;
import java.util.List;

/**
 * Flow control at both ends of a stream, on every server. A producer that publishes asynchronously
 * keeps at most a window of publish acks in flight: fast, yet it never runs away from a server that
 * is slow to store. A consumer's MaxAckPending caps how many of its messages may be delivered and
 * not yet acknowledged: when a worker falls behind, the server simply stops sending it more.
 */
public final class FlowControl {

    private FlowControl() {}

    /** What {@link #publishWindowed} did: each message's stream sequence, in the order given, and the most acks it had in flight at once. */
    public record Published(List<Long> sequences, int mostInFlight) {}

    /**
     * Publishes every payload to {@code subject} with {@code publishAsync}, never with more than
     * {@code window} publish acks outstanding: before each publish it waits for a free slot, and each
     * ack frees one. Returns when every ack came back; fails with the first publish that failed.
     */
    public static Published publishWindowed(JetStream jetStream, String subject, List<byte[]> payloads, int window)
            throws InterruptedException {
        // TODO Exercise 5.23: A semaphore of window permits: acquire before publishAsync, release when its future
        // completes; track the most in flight; join all futures in order.
        throw new UnsupportedOperationException("Exercise 5.23 is not solved yet: Keep producer and consumer within bounds. Read step05-consumers-acks/README.md#523-keep-producer-and-consumer-within-bounds");
    }

    /**
     * Creates (or updates) a durable, explicit-ack pull consumer on the whole stream that has at most
     * {@code maxAckPending} messages delivered and unacknowledged at any time.
     */
    public static ConsumerContext createWithMaxAckPending(
            Connection connection, String stream, String durable, int maxAckPending)
            throws IOException, JetStreamApiException {
        // TODO Exercise 5.23: Configure a durable, explicit-ack consumer with MaxAckPending and create it through the
        // stream's context.
        throw new UnsupportedOperationException("Exercise 5.23 is not solved yet: Keep producer and consumer within bounds. Read step05-consumers-acks/README.md#523-keep-producer-and-consumer-within-bounds");
    }
}

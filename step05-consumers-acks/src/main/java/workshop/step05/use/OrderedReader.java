package workshop.step05.use;

import io.nats.client.Connection;
import io.nats.client.IterableConsumer;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamStatusCheckedException;
import io.nats.client.OrderedConsumerContext;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * Reading a stream in order, once, without a durable: jnats' ordered consumer. On the server it is
 * an ordinary ephemeral consumer (no acks, one replica, in memory); the ordering is jnats' work. It
 * checks that each message's consumer sequence is the next one, and on a gap, or when three
 * heartbeats in a row do not come (the server's consumer is gone), it drops that consumer and
 * creates a new one that starts right after the last stream sequence it received. So the reader sees every message once, in stream order, across
 * whatever happened to the consumer underneath. Right for replays, caches, exports; wrong for work
 * that must be acknowledged.
 */
public final class OrderedReader {

    private OrderedReader() {}

    /** An ordered consumer of the stream's messages on {@code filterSubject}, from stream sequence {@code startSequence} on. */
    public static OrderedConsumerContext from(
            Connection connection, String stream, String filterSubject, long startSequence)
            throws IOException, JetStreamApiException {
        // TODO Exercise 5.22: Configure an ordered consumer with the filter, starting at the sequence, and create it
        // through the stream's context.
        throw new UnsupportedOperationException("Exercise 5.22 is not solved yet: Read in order with an ordered consumer. Read step05-consumers-acks/README.md#522-read-in-order-with-an-ordered-consumer");
    }

    /**
     * Takes the next {@code count} payloads from an iterator over an ordered consumer; fewer when
     * nothing came within {@code maxWait} of asking. There is nothing to ack. A status the server
     * sent the pull (such as {@code 409 Consumer Deleted}) comes out as the checked exception: the
     * iterator is still good, and jnats makes a new consumer underneath, so the caller may read on.
     */
    public static List<String> take(IterableConsumer messages, int count, Duration maxWait)
            throws InterruptedException, JetStreamStatusCheckedException {
        // TODO Exercise 5.22: nextMessage(maxWait) until count payloads or null.
        throw new UnsupportedOperationException("Exercise 5.22 is not solved yet: Read in order with an ordered consumer. Read step05-consumers-acks/README.md#522-read-in-order-with-an-ordered-consumer");
    }
}

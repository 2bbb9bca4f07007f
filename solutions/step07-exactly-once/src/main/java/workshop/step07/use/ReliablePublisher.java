package workshop.step07.use;

import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.PublishOptions;
import io.nats.client.api.PublishAck;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import workshop.step07.given.Order;

/**
 * The publishing half of exactly-once. A publish whose ack does not come back is ambiguous: the
 * message may be stored (the ack was lost) or not (the publish was lost). The only safe move is to
 * publish again, and the only way that is safe is a message id the stream deduplicates on: the
 * order's own id, the same on every attempt.
 */
public final class ReliablePublisher {

    private static final Duration PAUSE_BETWEEN_ATTEMPTS = Duration.ofMillis(20);

    private final JetStream jetStream;
    private final String subject;
    private final Duration giveUpAfter;

    /**
     * @param jetStream   publishes; its request timeout is how long one attempt waits for an ack
     * @param subject     where orders go
     * @param giveUpAfter how long to keep retrying one order; keep it well inside the stream's duplicate window
     */
    public ReliablePublisher(JetStream jetStream, String subject, Duration giveUpAfter) {
        this.jetStream = jetStream;
        this.subject = subject;
        this.giveUpAfter = giveUpAfter;
    }

    /**
     * Publishes the order and returns once the stream has acknowledged it, retrying every failure
     * (a timeout, a lost connection, a stream without a leader for a moment) until {@code giveUpAfter}.
     *
     * @return the stream's ack; it may say {@code duplicate} when an earlier attempt was stored after all
     * @throws IOException the last failure, when the order could not be published in time
     */
    public PublishAck publish(Order order) throws IOException, InterruptedException {
        // EXERCISE 7.5 BEGIN: Publish with the order id as message id; on any failure, try again until the deadline.
        PublishOptions options = PublishOptions.builder().messageId(order.id()).build();
        long deadline = System.nanoTime() + giveUpAfter.toNanos();
        while (true) {
            try {
                return jetStream.publish(subject, order.toBytes(), options);
            } catch (IOException | JetStreamApiException | IllegalStateException failure) {
                if (System.nanoTime() > deadline) {
                    throw new IOException("Order " + order.id() + " not acknowledged within " + giveUpAfter, failure);
                }
                if (Thread.interrupted()) {
                    throw new InterruptedException("Interrupted while publishing order " + order.id());
                }
                LockSupport.parkNanos(
                        PAUSE_BETWEEN_ATTEMPTS.toNanos()); // back off a little: the server may be restarting
            }
        }
        // EXERCISE 7.5 END
    }
}

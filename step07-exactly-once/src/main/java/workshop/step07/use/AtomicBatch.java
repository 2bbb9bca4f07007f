package workshop.step07.use;

import io.nats.client.Connection;
import io.nats.client.JetStreamApiException;
import io.nats.client.Message;
import io.nats.client.NUID;
import io.nats.client.api.PublishAck;
import io.nats.client.impl.Headers;
import java.io.IOException;
import java.time.Duration;

/**
 * One atomic batch (nats-server 2.12 and newer, on a stream with {@code allow_atomic}): messages
 * that the stream stores all together or not at all. Every message of the batch carries the batch's
 * id ({@code Nats-Batch-Id}) and its place in it ({@code Nats-Batch-Sequence}, from 1); the server
 * stages them, invisible to readers, and stores them only when the last one, marked
 * {@code Nats-Batch-Commit: 1}, passes every check. A batch that is never committed is dropped
 * (after 10 s without a message, by default).
 *
 * <p>jnats 2.26.2 has no batch API (it knows the headers' names), so this class sends the messages
 * as requests itself: a staged message is answered by an empty reply, the commit by the publish ack.
 * Not thread-safe: one batch, one writer.
 */
public final class AtomicBatch {

    public static final String BATCH_ID = "Nats-Batch-Id";
    public static final String BATCH_SEQUENCE = "Nats-Batch-Sequence";
    public static final String BATCH_COMMIT = "Nats-Batch-Commit";

    private final Connection connection;
    private final Duration timeout;
    private final String id = NUID.nextGlobal();
    private int added;

    public AtomicBatch(Connection connection, Duration timeout) {
        this.connection = connection;
        this.timeout = timeout;
    }

    /** The batch's id, as the commit's ack reports it. */
    public String id() {
        return id;
    }

    /**
     * Stages one message of the batch; nothing is stored before {@link #commit}. {@code headers}
     * (e.g. {@code Nats-Expected-Last-Subject-Sequence}) are checked at the commit.
     *
     * @throws JetStreamApiException when the server refuses the batch (10174: the stream does not allow atomic publish)
     * @throws IllegalStateException when the server stored the message on its own: it does not know batches
     */
    public void add(String subject, Headers headers, byte[] data)
            throws IOException, JetStreamApiException, InterruptedException {
        // TODO Exercise 7.9: Send the message with the batch headers; an empty reply means staged, anything else is a
        // refusal or a lone store.
        throw new UnsupportedOperationException("Exercise 7.9 is not solved yet: Commit an order's events together. Read step07-exactly-once/README.md#79-commit-an-orders-events-together");
    }

    /**
     * Adds the last message and commits: the stream stores the whole batch, or nothing of it.
     *
     * @return the publish ack of the last message: its sequence, the batch id and the batch size
     * @throws JetStreamApiException when a check failed (10071 for a wrong expected sequence) or the batch is incomplete
     */
    public PublishAck commit(String subject, Headers headers, byte[] data)
            throws IOException, JetStreamApiException, InterruptedException {
        // TODO Exercise 7.9: Send the last message with the commit header too, and read its publish ack.
        throw new UnsupportedOperationException("Exercise 7.9 is not solved yet: Commit an order's events together. Read step07-exactly-once/README.md#79-commit-an-orders-events-together");
    }

    /** Sends message number {@code added + 1} of the batch as a request, and returns the reply. */
    private Message send(String subject, Headers headers, byte[] data, boolean commit)
            throws IOException, InterruptedException {
        // TODO Exercise 7.9: Copy the headers, add the batch id, the message's number in the batch and (for the
        // commit) the commit header; request.
        throw new UnsupportedOperationException("Exercise 7.9 is not solved yet: Commit an order's events together. Read step07-exactly-once/README.md#79-commit-an-orders-events-together");
    }
}

package workshop.step07.use;

import io.nats.client.Connection;
import io.nats.client.JetStreamApiException;
import io.nats.client.Message;
import io.nats.client.NUID;
import io.nats.client.api.PublishAck;
import io.nats.client.impl.Headers;
import io.nats.client.impl.NatsMessage;
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
        // EXERCISE 7.9 BEGIN: Send the message with the batch headers; an empty reply means staged, anything else is a
        // refusal or a lone store.
        Message reply = send(subject, headers, data, false);
        if (reply.getData().length == 0) {
            return; // staged
        }
        PublishAck storedAlone = new PublishAck(reply); // throws the server's refusal as a JetStreamApiException
        throw new IllegalStateException("The server stored message " + added + " of batch " + id
                + " on its own (stream sequence " + storedAlone.getSeqno()
                + "): it does not know atomic batches, which came with nats-server 2.12");
        // EXERCISE 7.9 END
    }

    /**
     * Adds the last message and commits: the stream stores the whole batch, or nothing of it.
     *
     * @return the publish ack of the last message: its sequence, the batch id and the batch size
     * @throws JetStreamApiException when a check failed (10071 for a wrong expected sequence) or the batch is incomplete
     */
    public PublishAck commit(String subject, Headers headers, byte[] data)
            throws IOException, JetStreamApiException, InterruptedException {
        // EXERCISE 7.9 BEGIN: Send the last message with the commit header too, and read its publish ack.
        PublishAck ack = new PublishAck(send(subject, headers, data, true));
        if (!id.equals(ack.getBatchId())) {
            throw new IllegalStateException(
                    "The server stored the commit of batch " + id + " on its own (stream sequence " + ack.getSeqno()
                            + "): it does not know atomic batches, which came with nats-server 2.12");
        }
        return ack;
        // EXERCISE 7.9 END
    }

    /** Sends message number {@code added + 1} of the batch as a request, and returns the reply. */
    private Message send(String subject, Headers headers, byte[] data, boolean commit)
            throws IOException, InterruptedException {
        // EXERCISE 7.9 BEGIN: Copy the headers, add the batch id, the message's number in the batch and (for the
        // commit) the commit header; request.
        Headers batchHeaders = new Headers(headers).put(BATCH_ID, id).put(BATCH_SEQUENCE, Integer.toString(++added));
        if (commit) {
            batchHeaders.put(BATCH_COMMIT, "1");
        }
        Message reply = connection.request(
                NatsMessage.builder()
                        .subject(subject)
                        .headers(batchHeaders)
                        .data(data)
                        .build(),
                timeout);
        if (reply == null || reply.isStatusMessage()) {
            throw new IOException("No answer from a stream to message " + added + " of batch " + id + " on " + subject
                    + (reply == null ? " within " + timeout : ": " + reply.getStatus()));
        }
        return reply;
        // EXERCISE 7.9 END
    }
}

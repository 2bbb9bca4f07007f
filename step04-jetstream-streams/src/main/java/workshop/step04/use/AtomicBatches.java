package workshop.step04.use;

import io.nats.client.Connection;
import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.Message;
import io.nats.client.api.PublishAck;
import io.nats.client.api.StreamInfo;
import java.io.IOException;
import java.util.List;

/**
 * Atomic batch publish (nats-server 2.12+): several messages, to one or several subjects of a stream,
 * stored all together or not at all. Each message of the batch carries the batch's id and its
 * position ({@code Nats-Batch-Id}, {@code Nats-Batch-Sequence}: 1, 2, 3…); the last one also
 * {@code Nats-Batch-Commit: 1}. The server holds the batch until the commit, checks every message
 * (its subject, the stream's limits, each message's own expectations such as
 * {@code Nats-Expected-Last-Subject-Sequence}) and then stores all of them, or answers the commit
 * with the first error and stores none.
 */
public final class AtomicBatches {

    public static final String BATCH_ID = "Nats-Batch-Id";
    public static final String BATCH_SEQUENCE = "Nats-Batch-Sequence";
    public static final String BATCH_COMMIT = "Nats-Batch-Commit";

    private AtomicBatches() {}

    /** Creates a memory stream on the subjects that accepts atomic batches. */
    public static StreamInfo create(JetStreamManagement jsm, String stream, String subjects)
            throws IOException, JetStreamApiException {
        // TODO Exercise 4.15: A memory stream that allows atomic publish.
        throw new UnsupportedOperationException("Exercise 4.15 is not solved yet: Publish a batch, all or nothing. Read step04-jetstream-streams/README.md#415-publish-a-batch-all-or-nothing");
    }

    /**
     * Publishes the messages (their subjects, payloads and headers) as one batch with this id, and
     * returns the commit's ack: the last message's sequence, the batch id and its size.
     *
     * @param batchId up to 64 characters, unique among the batches in flight
     * @throws JetStreamApiException when the stream refuses the batch: then none of it was stored
     */
    public static PublishAck publishAll(
            Connection connection, JetStream jetStream, String batchId, List<Message> messages)
            throws IOException, JetStreamApiException {
        // TODO Exercise 4.15: Send all but the last with a core publish, each with the batch id and its position; the
        // last also commits, through JetStream.
        throw new UnsupportedOperationException("Exercise 4.15 is not solved yet: Publish a batch, all or nothing. Read step04-jetstream-streams/README.md#415-publish-a-batch-all-or-nothing");
    }

    /** A copy of the message with the batch headers added to its own. */
    private static Message inBatch(Message message, String batchId, int position, boolean commit) {
        // TODO Exercise 4.15: Copy subject, payload and headers, and add the batch id, the position and, on the last,
        // the commit.
        throw new UnsupportedOperationException("Exercise 4.15 is not solved yet: Publish a batch, all or nothing. Read step04-jetstream-streams/README.md#415-publish-a-batch-all-or-nothing");
    }
}

package workshop.step04.use;

import io.nats.client.Connection;
import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.Message;
import io.nats.client.api.PublishAck;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import io.nats.client.api.StreamInfo;
import io.nats.client.impl.Headers;
import io.nats.client.impl.NatsMessage;
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
        // EXERCISE 4.15 BEGIN: A memory stream that allows atomic publish.
        return jsm.addStream(StreamConfiguration.builder()
                .name(stream)
                .subjects(subjects)
                .storageType(StorageType.Memory)
                .allowAtomicPublish()
                .build());
        // EXERCISE 4.15 END
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
        // EXERCISE 4.15 BEGIN: Send all but the last with a core publish, each with the batch id and its position; the
        // last also commits, through JetStream.
        for (int i = 0; i < messages.size() - 1; i++) {
            connection.publish(inBatch(messages.get(i), batchId, i + 1, false));
        }
        return jetStream.publish(inBatch(messages.getLast(), batchId, messages.size(), true));
        // EXERCISE 4.15 END
    }

    /** A copy of the message with the batch headers added to its own. */
    private static Message inBatch(Message message, String batchId, int position, boolean commit) {
        // EXERCISE 4.15 BEGIN: Copy subject, payload and headers, and add the batch id, the position and, on the last,
        // the commit.
        Headers headers = message.getHeaders() == null ? new Headers() : new Headers(message.getHeaders());
        headers.put(BATCH_ID, batchId);
        headers.put(BATCH_SEQUENCE, String.valueOf(position));
        if (commit) {
            headers.put(BATCH_COMMIT, "1");
        }
        return NatsMessage.builder()
                .subject(message.getSubject())
                .headers(headers)
                .data(message.getData())
                .build();
        // EXERCISE 4.15 END
    }
}

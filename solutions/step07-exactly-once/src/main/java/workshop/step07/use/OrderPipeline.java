package workshop.step07.use;

import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.AckPolicy;
import io.nats.client.api.ConsumerConfiguration;
import io.nats.client.api.ConsumerInfo;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import io.nats.client.api.StreamInfo;
import java.io.IOException;
import java.time.Duration;

/**
 * The server side of an order pipeline that keeps exactly-once through restarts and failovers: a
 * stream that survives them and deduplicates retries, and a durable consumer that remembers what
 * was acknowledged and redelivers the rest.
 */
public final class OrderPipeline {

    /** How long the stream remembers message ids: longer than any publisher keeps retrying. */
    public static final Duration DUPLICATE_WINDOW = Duration.ofMinutes(2);

    private OrderPipeline() {}

    /**
     * Creates the orders stream: it captures {@code subject}, keeps its messages on disk, on
     * {@code replicas} servers, and deduplicates message ids for {@link #DUPLICATE_WINDOW}.
     */
    public static StreamInfo createStream(JetStreamManagement management, String stream, String subject, int replicas)
            throws IOException, JetStreamApiException {
        // EXERCISE 7.7 BEGIN: A stream in file storage, with the replicas and the duplicate window.
        return management.addStream(StreamConfiguration.builder()
                .name(stream)
                .subjects(subject)
                .storageType(StorageType.File)
                .replicas(replicas)
                .duplicateWindow(DUPLICATE_WINDOW)
                .build());
        // EXERCISE 7.7 END
    }

    /**
     * Creates the durable pull consumer the workers share: every message acknowledged one by one,
     * redelivered after {@code ackWait} when no ack came, and never given up on.
     */
    public static ConsumerInfo createConsumer(
            JetStreamManagement management, String stream, String durable, Duration ackWait)
            throws IOException, JetStreamApiException {
        // EXERCISE 7.7 BEGIN: A durable consumer with explicit acks, this AckWait, and unlimited deliveries.
        return management.addOrUpdateConsumer(
                stream,
                ConsumerConfiguration.builder()
                        .durable(durable)
                        .ackPolicy(AckPolicy.Explicit)
                        .ackWait(ackWait)
                        .maxDeliver(-1)
                        .build());
        // EXERCISE 7.7 END
    }
}

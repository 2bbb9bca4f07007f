package workshop.step06.use;

import io.nats.client.JetStreamApiException;
import io.nats.client.KeyValueManagement;
import io.nats.client.api.KeyValueConfiguration;
import io.nats.client.api.KeyValueStatus;
import io.nats.client.api.StorageType;
import java.io.IOException;
import java.time.Duration;

/**
 * Creating a bucket. Under the hood the server gets a stream named {@code KV_<bucket>} that
 * captures {@code $KV.<bucket>.>}, keeps {@code history} messages per subject, and drops messages
 * older than the TTL: a bucket's settings are stream limits.
 */
public final class KvBuckets {

    private KvBuckets() {}

    /**
     * Creates a bucket in memory that keeps {@code history} values per key and forgets values older
     * than {@code ttl}.
     *
     * @return the bucket's status, as the server reports it
     */
    public static KeyValueStatus create(KeyValueManagement management, String bucket, int history, Duration ttl)
            throws IOException, JetStreamApiException {
        // EXERCISE 6.6 BEGIN: Describe the bucket with KeyValueConfiguration and create it.
        return management.create(KeyValueConfiguration.builder()
                .name(bucket)
                .maxHistoryPerKey(history)
                .ttl(ttl)
                .storageType(StorageType.Memory)
                .build());
        // EXERCISE 6.6 END
    }
}

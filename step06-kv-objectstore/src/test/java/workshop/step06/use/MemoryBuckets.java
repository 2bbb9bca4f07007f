package workshop.step06.use;

import io.nats.client.Connection;
import io.nats.client.KeyValue;
import io.nats.client.api.KeyValueConfiguration;
import io.nats.client.api.StorageType;
import java.time.Duration;

/** The bucket the step's Use tests write to when what they check is not how a bucket is made: in memory, defaults. */
final class MemoryBuckets {

    private MemoryBuckets() {}

    /** Creates the bucket (name it with {@code TestResources.bucket(…)}) and returns its key/value handle. */
    static KeyValue create(Connection connection, String name) throws Exception {
        return create(connection, KeyValueConfiguration.builder().name(name));
    }

    /** The same, keeping limit markers (nats-server 2.11+) for {@code markerTtl}: what a per-key TTL needs. */
    static KeyValue withLimitMarkers(Connection connection, String name, Duration markerTtl) throws Exception {
        return create(connection, KeyValueConfiguration.builder().name(name).limitMarker(markerTtl));
    }

    private static KeyValue create(Connection connection, KeyValueConfiguration.Builder bucket) throws Exception {
        KeyValueConfiguration config = bucket.storageType(StorageType.Memory).build();
        connection.keyValueManagement().create(config);
        return connection.keyValue(config.getBucketName());
    }
}

package workshop.step06.use;

import io.nats.client.Connection;
import io.nats.client.KeyValue;
import io.nats.client.api.KeyValueConfiguration;
import io.nats.client.api.StorageType;

/** The bucket the step's Use tests write to when what they check is not how a bucket is made: in memory, defaults. */
final class MemoryBuckets {

    private MemoryBuckets() {}

    /** Creates the bucket (name it with {@code TestResources.bucket(…)}) and returns its key/value handle. */
    static KeyValue create(Connection connection, String name) throws Exception {
        connection
                .keyValueManagement()
                .create(KeyValueConfiguration.builder()
                        .name(name)
                        .storageType(StorageType.Memory)
                        .build());
        return connection.keyValue(name);
    }
}

package workshop.step06.use;

import io.nats.client.Connection;
import io.nats.client.JetStreamManagement;
import io.nats.client.KeyValue;
import io.nats.client.api.KeyValueStatus;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamInfo;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Exercise 6.6: a bucket, and the stream under it. */
@NatsServerTest
class KvBucketsTest {

    private static final String README = " (see step06-kv-objectstore/README.md#66-create-a-bucket)";

    @Test
    @DisplayName("6.6 a bucket is created with its history and TTL, and it is a stream KV_<bucket> on $KV.<bucket>.>")
    void bucketIsAStream(Connection connection, JetStreamManagement management, TestResources resources, Random random) throws Exception {
        String bucket = resources.bucket("profiles");
        int history = 2 + random.nextInt(8);
        Duration ttl = Duration.ofMinutes(1 + random.nextInt(60));

        KeyValueStatus status = KvBuckets.create(connection.keyValueManagement(), bucket, history, ttl);

        assertThat(status.getMaxHistoryPerKey()).as("Exercise 6.6: the bucket keeps %d values per key%s", history, README).isEqualTo(history);
        assertThat(status.getTtl()).as("Exercise 6.6: values expire after %s%s", ttl, README).isEqualTo(ttl);
        assertThat(status.getStorageType()).as("Exercise 6.6: the bucket is in memory").isEqualTo(StorageType.Memory);
        StreamInfo stream = management.getStreamInfo("KV_" + bucket);
        assertThat(stream.getConfiguration().getSubjects()).as("the bucket's stream captures $KV.%s.>", bucket)
                .containsExactly("$KV." + bucket + ".>");
        assertThat(stream.getConfiguration().getMaxMsgsPerSubject()).as("history is the stream's per-subject limit").isEqualTo(history);
        assertThat(stream.getConfiguration().getMaxAge()).as("the TTL is the stream's max age").isEqualTo(ttl);

        KeyValue profiles = connection.keyValue(bucket);
        long revision = profiles.put("alice", "admin".getBytes(StandardCharsets.UTF_8));
        var stored = management.getLastMessage("KV_" + bucket, "$KV." + bucket + ".alice");
        assertThat(stored.getSeq()).as("a put is a message on $KV.%s.alice; its sequence is the revision", bucket).isEqualTo(revision);
    }
}

package workshop.step06.use;

import static org.assertj.core.api.Assertions.assertThat;

import io.nats.client.Connection;
import io.nats.client.JetStreamManagement;
import io.nats.client.KeyValue;
import io.nats.client.api.KeyValueStatus;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamInfo;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

/** Exercise 6.6: a bucket, and the stream under it. */
@NatsServerTest
class KvBucketsTest {

    private static final Exercise EXERCISE = Exercise.of("6.6");

    @Test
    @DisplayName("6.6 a bucket is created with its history and TTL, and it is a stream KV_<bucket> on $KV.<bucket>.>")
    void bucketIsAStream(Connection connection, JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        String bucket = resources.bucket("profiles");
        int history = 2 + random.nextInt(8);
        Duration ttl = Duration.ofMinutes(1 + random.nextInt(60));

        KeyValueStatus status = KvBuckets.create(connection.keyValueManagement(), bucket, history, ttl);

        assertThat(status.getMaxHistoryPerKey())
                .as(EXERCISE.says("the bucket keeps %d values per key", history))
                .isEqualTo(history);
        assertThat(status.getTtl())
                .as(EXERCISE.says("values expire after %s", ttl))
                .isEqualTo(ttl);
        assertThat(status.getStorageType())
                .as(EXERCISE.says("the bucket is in memory"))
                .isEqualTo(StorageType.Memory);
        StreamInfo stream = management.getStreamInfo("KV_" + bucket);
        assertThat(stream.getConfiguration().getSubjects())
                .as(EXERCISE.says("the bucket's stream captures $KV.%s.>", bucket))
                .containsExactly("$KV." + bucket + ".>");
        assertThat(stream.getConfiguration().getMaxMsgsPerSubject())
                .as(EXERCISE.says("history is the stream's per-subject limit"))
                .isEqualTo(history);
        assertThat(stream.getConfiguration().getMaxAge())
                .as(EXERCISE.says("the TTL is the stream's max age"))
                .isEqualTo(ttl);

        KeyValue profiles = connection.keyValue(bucket);
        long revision = profiles.put("alice", "admin".getBytes(StandardCharsets.UTF_8));
        var stored = management.getLastMessage("KV_" + bucket, "$KV." + bucket + ".alice");
        assertThat(stored.getSeq())
                .as(EXERCISE.says("a put is a message on $KV.%s.alice; its sequence is the revision", bucket))
                .isEqualTo(revision);
    }
}

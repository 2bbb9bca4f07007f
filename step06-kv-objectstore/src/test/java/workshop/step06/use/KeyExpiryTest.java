package workshop.step06.use;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import io.nats.client.Connection;
import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.KeyValue;
import io.nats.client.api.KeyValueConfiguration;
import io.nats.client.api.KeyValueEntry;
import io.nats.client.api.KeyValueWatchOption;
import io.nats.client.api.KeyValueWatcher;
import io.nats.client.api.StorageType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

/** Exercise 6.15: keys that expire one by one, and the marker a watcher hears (nats-server 2.11+). */
@NatsServerTest
class KeyExpiryTest {

    private static final Exercise EXERCISE = Exercise.of("6.15");
    private static final Duration ONE_SECOND = Duration.ofSeconds(1);

    @Test
    @DisplayName(
            "6.15 a key created with a TTL is gone after it, its neighbour without one stays, and a watcher hears a PURGE marker")
    void createdKeyExpires(Connection connection, TestResources resources, Random random) throws Exception {
        String bucket = resources.bucket("sessions");
        KeyValue sessions = MemoryBuckets.withLimitMarkers(connection, bucket, Duration.ofSeconds(60));
        String user = "user" + random.nextInt(1000);
        List<String> heard = new CopyOnWriteArrayList<>();
        sessions.watchAll(recorder(heard), KeyValueWatchOption.UPDATES_ONLY);

        KeyExpiry.createFor(sessions, user, bytes("token"), ONE_SECOND);
        sessions.put("settings", bytes("dark"));

        await().alias(EXERCISE.says("the key created with a TTL of 1 s is gone after it"))
                .atMost(Duration.ofSeconds(5))
                .until(() -> sessions.get(user) == null);
        assertThat(sessions.get("settings"))
                .as(EXERCISE.says("a key without a TTL stays"))
                .isNotNull();
        await().alias(EXERCISE.says("a watcher hears the create, the put, then the expiry as a PURGE marker"))
                .atMost(Duration.ofSeconds(2))
                .until(() -> heard.equals(List.of("PUT " + user, "PUT settings", "PURGE " + user)));
    }

    @Test
    @DisplayName("6.15 the marker an expiry leaves says MaxAge; a purge by a client leaves none")
    void markerSaysWhy(Connection connection, JetStreamManagement management, TestResources resources)
            throws Exception {
        String bucket = resources.bucket("sessions");
        KeyValue sessions = MemoryBuckets.withLimitMarkers(connection, bucket, Duration.ofSeconds(60));
        KeyExpiry.createFor(sessions, "expiring", bytes("token"), ONE_SECOND);
        sessions.put("purged", bytes("token"));
        sessions.purge("purged");

        assertThat(KeyExpiry.markerReason(management, bucket, "expiring"))
                .as(EXERCISE.says("before its TTL the key holds its value: no marker"))
                .isEmpty();
        await().alias(EXERCISE.says(
                        "after its TTL, the key's last message is a marker with Nats-Marker-Reason: MaxAge"))
                .atMost(Duration.ofSeconds(5))
                .until(() -> KeyExpiry.markerReason(management, bucket, "expiring")
                        .orElse("")
                        .equals("MaxAge"));
        assertThat(KeyExpiry.markerReason(management, bucket, "purged"))
                .as(EXERCISE.says("a client's purge is a KV-Operation: PURGE message, without a marker reason"))
                .isEmpty();
        assertThat(KeyExpiry.markerReason(management, bucket, "never-written"))
                .as(EXERCISE.says("a key that has no message has no marker"))
                .isEmpty();
    }

    @Test
    @DisplayName(
            "6.15 a put with a TTL renews the key: it outlives the first TTL, and expires a full TTL after the last put")
    void putRenews(Connection connection, JetStream jetStream, TestResources resources) throws Exception {
        String bucket = resources.bucket("leases");
        KeyValue leases = MemoryBuckets.withLimitMarkers(connection, bucket, ONE_SECOND);
        Duration ttl = Duration.ofSeconds(2);
        KeyExpiry.createFor(leases, "first", bytes("control"), ONE_SECOND);
        KeyExpiry.putFor(jetStream, bucket, "lease", bytes("held"), ONE_SECOND);
        long renewed = KeyExpiry.putFor(jetStream, bucket, "lease", bytes("renewed"), ttl);

        await().alias(EXERCISE.says("a key with a TTL of 1 s expires (the control)"))
                .atMost(Duration.ofSeconds(5))
                .until(() -> leases.get("first") == null);
        KeyValueEntry lease = leases.get("lease");
        assertThat(lease)
                .as(EXERCISE.says("the lease renewed with a TTL of %s outlives its first TTL of 1 s", ttl))
                .isNotNull();
        assertThat(lease.getRevision())
                .as(EXERCISE.says("its value is the renewing put"))
                .isEqualTo(renewed);
        await().alias(EXERCISE.says("the renewed lease expires %s after the renewing put", ttl))
                .atMost(Duration.ofSeconds(5))
                .until(() -> leases.get("lease") == null);
    }

    @Test
    @DisplayName("6.15 a bucket without limit markers refuses a per-key TTL: error 10166, per-message TTL is disabled")
    void plainBucketRefuses(Connection connection, TestResources resources) throws Exception {
        String bucket = resources.bucket("plain");
        connection
                .keyValueManagement()
                .create(KeyValueConfiguration.builder()
                        .name(bucket)
                        .storageType(StorageType.Memory)
                        .build());
        KeyValue plain = connection.keyValue(bucket);

        assertThat(catchThrowable(() -> KeyExpiry.createFor(plain, "alice", bytes("token"), ONE_SECOND)))
                .as(EXERCISE.says("nats-server 2.11 and newer refuse a TTL the stream does not allow"))
                .isInstanceOfSatisfying(
                        JetStreamApiException.class,
                        refused -> assertThat(refused.getApiErrorCode()).isEqualTo(10166));
    }

    private static KeyValueWatcher recorder(List<String> heard) {
        return new KeyValueWatcher() {
            @Override
            public void watch(KeyValueEntry entry) {
                heard.add(entry.getOperation() + " " + entry.getKey());
            }

            @Override
            public void endOfData() {}
        };
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

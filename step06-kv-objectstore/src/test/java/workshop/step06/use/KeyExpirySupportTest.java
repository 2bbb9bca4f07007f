package workshop.step06.use;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.nats.client.Connection;
import io.nats.client.JetStreamManagement;
import io.nats.client.KeyValue;
import io.nats.client.MessageTtl;
import io.nats.client.api.KeyValueStatus;
import io.nats.client.api.MessageInfo;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServer;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

/**
 * Exercise 6.14: a bucket with limit markers, and whether the server kept them. Runs on every
 * server: on one older than 2.11 it shows what becomes of a per-key TTL there.
 */
@NatsServerTest
class KeyExpirySupportTest {

    private static final Exercise EXERCISE = Exercise.of("6.14");

    @Test
    @DisplayName(
            "6.14 a bucket with limit markers: 2.11 and newer keep them and so expire keys, older servers drop them without a word")
    void serverSaysWhetherKeysExpire(
            NatsServer server,
            Connection connection,
            JetStreamManagement management,
            TestResources resources,
            Random random)
            throws Exception {
        String bucket = resources.bucket("sessions");
        Duration markerTtl = Duration.ofSeconds(1 + random.nextInt(300));
        boolean expectsMarkers = server.version().atLeast("2.11");

        KeyValueStatus status = KeyExpiry.createBucket(connection.keyValueManagement(), bucket, markerTtl);

        if (expectsMarkers) {
            assertThat(status.getLimitMarkerTtl())
                    .as(EXERCISE.says("nats-server %s keeps the marker TTL %s", server.version(), markerTtl))
                    .isEqualTo(markerTtl);
            assertThat(management
                            .getStreamInfo("KV_" + bucket)
                            .getConfiguration()
                            .getAllowMessageTtl())
                    .as(EXERCISE.says("limit markers make the bucket's stream allow a TTL per message"))
                    .isTrue();
        } else {
            assertThat(status.getLimitMarkerTtl())
                    .as(EXERCISE.says(
                            "nats-server %s does not know limit markers: the status it returns has none",
                            server.version()))
                    .isNull();
        }
        assertThat(KeyExpiry.expiresKeys(status))
                .as(EXERCISE.says(
                        "expiresKeys reads the status: nats-server %s %s keys",
                        server.version(), expectsMarkers ? "expires" : "does not expire"))
                .isEqualTo(expectsMarkers);
    }

    @Test
    @DisplayName(
            "6.14 a key created with a TTL of one second: gone on 2.11 and newer, kept forever by an older server, which stores the TTL as a plain header")
    void perKeyTtlOnThisServer(
            NatsServer server, Connection connection, JetStreamManagement management, TestResources resources)
            throws Exception {
        String bucket = resources.bucket("sessions");
        KeyValueStatus status = KeyExpiry.createBucket(connection.keyValueManagement(), bucket, Duration.ofSeconds(1));
        KeyValue sessions = connection.keyValue(bucket);

        long revision = sessions.create("alice", "token".getBytes(StandardCharsets.UTF_8), MessageTtl.seconds(1));

        if (KeyExpiry.expiresKeys(status)) {
            await().alias(EXERCISE.says(
                            "on nats-server %s the key is gone soon after its TTL of 1 s", server.version()))
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> sessions.get("alice") == null);
        } else {
            MessageInfo stored = management.getLastMessage("KV_" + bucket, "$KV." + bucket + ".alice");
            assertThat(stored.getSeq())
                    .as(EXERCISE.says("nats-server %s accepts the create: no error", server.version()))
                    .isEqualTo(revision);
            assertThat(stored.getHeaders().getFirst("Nats-TTL"))
                    .as(EXERCISE.says("it stores Nats-TTL as an ordinary header"))
                    .isEqualTo("1s");
            await().alias(EXERCISE.says("on nats-server %s the key is still there well past its TTL", server.version()))
                    .during(Duration.ofMillis(1500))
                    .atMost(Duration.ofSeconds(3))
                    .until(() -> sessions.get("alice") != null);
        }
    }
}

package workshop.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.nats.client.Connection;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.KeyValueConfiguration;
import io.nats.client.api.ObjectStoreConfiguration;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@NatsServerTest
class TestResourcesTest {

    @Test
    @DisplayName("names are seeded: the same on every run, different from test to test")
    void seededNames(NatsServer server) throws Exception {
        try (TestResources first = new TestResources(server, 42);
                TestResources again = new TestResources(server, 42);
                TestResources other = new TestResources(server, 43)) {
            List<String> names = List.of(
                    first.stream("ORDERS"),
                    first.stream("ORDERS"),
                    first.bucket("counters"),
                    first.objectStore("files"));

            assertThat(List.of(
                            again.stream("ORDERS"),
                            again.stream("ORDERS"),
                            again.bucket("counters"),
                            again.objectStore("files")))
                    .isEqualTo(names);
            assertThat(names.get(0)).matches("ORDERS_\\d{5}").isNotEqualTo(names.get(1));
            assertThat(other.stream("ORDERS")).isNotEqualTo(names.get(0));
        }
    }

    @Test
    @DisplayName("a stream, a bucket and an object store it named are deleted when it closes")
    void deletesWhatItNamed(Connection connection, JetStreamManagement jsm, NatsServer server, Random random)
            throws Exception {
        String stream;
        String bucket;
        String store;
        try (TestResources resources = new TestResources(server, random.nextLong())) {
            stream = resources.stream("ORDERS");
            bucket = resources.bucket("counters");
            store = resources.objectStore("files");
            jsm.addStream(StreamConfiguration.builder()
                    .name(stream)
                    .subjects(stream.toLowerCase() + ".>")
                    .storageType(StorageType.Memory)
                    .build());
            connection
                    .keyValueManagement()
                    .create(KeyValueConfiguration.builder()
                            .name(bucket)
                            .storageType(StorageType.Memory)
                            .build());
            connection
                    .objectStoreManagement()
                    .create(ObjectStoreConfiguration.builder()
                            .name(store)
                            .storageType(StorageType.Memory)
                            .build());
            resources.stream("NEVER_MADE"); // a name the test never used is no trouble

            assertThat(resources.streams())
                    .containsExactlyInAnyOrder(
                            stream,
                            "KV_" + bucket,
                            "OBJ_" + store,
                            resources.streams().stream()
                                    .filter(name -> name.startsWith("NEVER_MADE"))
                                    .findFirst()
                                    .orElseThrow());
        }

        assertThat(jsm.getStreamNames()).doesNotContain(stream, "KV_" + bucket, "OBJ_" + store);
    }

    @Test
    @DisplayName("what a killed run left under a name is deleted before the name is handed out again")
    void deletesLeftovers(Connection connection, JetStreamManagement jsm, NatsServer server) throws Exception {
        String stream;
        try (TestResources killedRun = new TestResources(server, 7)) {
            stream = killedRun.stream("LEFTOVER");
        }
        // made after that run's cleanup, as if the run was killed before it could clean up
        jsm.addStream(StreamConfiguration.builder()
                .name(stream)
                .subjects("leftover.orders")
                .storageType(StorageType.Memory)
                .build());
        connection.jetStream().publish("leftover.orders", "old".getBytes(StandardCharsets.UTF_8));

        try (TestResources nextRun = new TestResources(server, 7)) {
            assertThat(nextRun.stream("LEFTOVER")).isEqualTo(stream);
            JetStreamApiException gone =
                    catchThrowableOfType(JetStreamApiException.class, () -> jsm.getStreamInfo(stream));
            assertThat(gone).as("the leftover stream is gone").isNotNull();
            assertThat(gone.getApiErrorCode()).isEqualTo(10059);
        }
    }

    @Test
    @DisplayName("a test gets its own TestResources as a parameter")
    void resolvedPerTest(TestResources resources) throws Exception {
        assertThat(resources.stream("MINE")).startsWith("MINE_");
    }

    @Test
    @DisplayName("a stream refused because of another stream's leftover names that stream, and blames no exercise")
    void leftoverMessage() {
        String message = TestResourcesExtension.leftoverMessage(
                "nats://127.0.0.1:4222",
                "subjects overlap with an existing stream [10065]",
                List.of("TICKETS (tickets.>)"));

        assertThat(message)
                .contains(
                        "NATS_URL server nats://127.0.0.1:4222",
                        "TICKETS (tickets.>)",
                        "earlier run",
                        "use a fresh server",
                        "not about your exercise")
                .doesNotContain("Exercise");
    }

    @Test
    @DisplayName("a test skipped under NATS_URL says why and how to run it")
    void skipReason() {
        assertThat(ServerAssumptions.skipReason("a restart", new ServerSource.ExternalServer("nats://localhost:4222")))
                .startsWith("A restart needs")
                .contains("nats://localhost:4222", "Unset NATS_URL");
    }
}

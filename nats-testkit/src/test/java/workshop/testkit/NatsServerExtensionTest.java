package workshop.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.nats.client.Connection;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@NatsServerTest
class NatsServerExtensionTest {

    @Test
    @DisplayName("a test gets a connected client on its class's server")
    void connects(Connection connection, NatsServer server) throws Exception {
        assertThat(connection.getStatus()).isEqualTo(Connection.Status.CONNECTED);
        assertThat(connection.getConnectedUrl())
                .contains(server.url().substring(server.url().lastIndexOf(':')));
        var subscription = connection.subscribe("testkit.ping");
        connection.publish("testkit.ping", "pong".getBytes(StandardCharsets.UTF_8));
        assertThat(new String(subscription.nextMessage(Duration.ofSeconds(2)).getData(), StandardCharsets.UTF_8))
                .isEqualTo("pong");
    }

    @Test
    @DisplayName("JetStream is on, and a restart keeps the port and the file store")
    void restartKeepsStore(NatsServer server) throws Exception {
        assumeTrue(server instanceof LocalNatsServer, "restart needs a local binary");
        try (Connection before = server.connect()) {
            before.jetStreamManagement()
                    .addStream(StreamConfiguration.builder()
                            .name("TESTKIT")
                            .subjects("testkit.js")
                            .storageType(StorageType.File)
                            .build());
            before.jetStream().publish("testkit.js", "kept".getBytes(StandardCharsets.UTF_8));
        } // closed before the restart, so the client does not log the expected disconnect

        server.restart();

        try (Connection again = server.connect()) {
            var info = again.jetStreamManagement().getStreamInfo("TESTKIT");
            assertThat(info.getStreamState().getMsgCount()).isEqualTo(1);
            again.jetStreamManagement().deleteStream("TESTKIT");
        }
    }

    @Test
    @DisplayName("the server reports its version from its INFO")
    void reportsVersion(NatsServer server) {
        assertThat(server.version().atLeast("2.9.0"))
                .as("version %s", server.version())
                .isTrue();
    }

    @Test
    @DisplayName("a seeded Random gives the same values on every run")
    void seeded(Random random) {
        Random expected = new Random(
                SeededRandomResolver.seedFor(
                        "[engine:junit-jupiter]/[class:workshop.testkit.NatsServerExtensionTest]/[method:seeded(java.util.Random)]"));
        assertThat(random.nextLong()).isEqualTo(expected.nextLong());
    }
}

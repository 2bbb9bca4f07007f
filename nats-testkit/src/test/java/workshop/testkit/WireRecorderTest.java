package workshop.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.nats.client.Connection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;
import workshop.tools.wire.WireFiles;

/** ./workshop test --wire: with the folder set, a test's connections go through a spy and its frames land in its own file. */
class WireRecorderTest {

    /** Run by the engine below, not on its own (Surefire skips nested classes). */
    @NatsServerTest
    static class Recorded {
        @Test
        @DisplayName("9.1 publishes and hears itself")
        void publishes(Connection connection) throws Exception {
            var subscription = connection.subscribe("wire.demo");
            connection.publish("wire.demo", "hello".getBytes(StandardCharsets.UTF_8));
            assertThat(subscription.nextMessage(Duration.ofSeconds(5))).isNotNull();
        }

        @Test
        @DisplayName("9.2 asks nobody")
        void asksNobody(NatsServer server) throws Exception {
            try (Connection own = server.connect()) {
                own.flush(Duration.ofSeconds(5));
            }
        }
    }

    @Test
    @DisplayName(
            "each test's frames are recorded in its own file under WORKSHOP_WIRE, and nothing is when it is not set")
    void records(@TempDir Path folder) {
        System.setProperty(WireFiles.PROPERTY, folder.toString());
        try {
            EngineTestKit.engine("junit-jupiter")
                    .selectors(selectClass(Recorded.class))
                    .execute()
                    .testEvents()
                    .assertStatistics(stats -> stats.succeeded(2));
        } finally {
            System.clearProperty(WireFiles.PROPERTY);
        }
        Path first = WireFiles.find(folder, Recorded.class.getName(), "9.1 publishes and hears itself")
                .orElseThrow();
        assertThat(WireFiles.frames(first))
                .anyMatch(line -> line.contains(" -> CONNECT "))
                .anyMatch(line -> line.contains(" -> SUB wire.demo "))
                .anyMatch(line -> line.contains(" -> PUB wire.demo 5  \"hello\""))
                .anyMatch(line -> line.contains(" <- MSG wire.demo "));
        Path second = WireFiles.find(folder, Recorded.class.getName(), "9.2 asks nobody")
                .orElseThrow();
        assertThat(WireFiles.frames(second))
                .anyMatch(line -> line.contains(" -> PING"))
                .noneMatch(line -> line.contains("wire.demo"));
    }

    @Test
    @DisplayName("without WORKSHOP_WIRE a connection goes straight to the server")
    void offByDefault() {
        assertThat(WireRecorder.urlFor("nats://127.0.0.1:4222")).isEqualTo("nats://127.0.0.1:4222");
    }
}

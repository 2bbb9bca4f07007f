package workshop.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.nats.client.Connection;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LocalNatsServerTest {

    private static final int MESSAGES = 50;

    @Test
    @DisplayName(
            "kill() ends the process with SIGKILL, and start() brings back the port and the file store with every acknowledged message")
    void killThenStart() throws Exception {
        try (LocalNatsServer server = startLocal("killed")) {
            publishToFileStream(server, "KILLED", "testkit.killed");
            ProcessHandle process = server.process().orElseThrow();
            assertThat(process.isAlive()).isTrue();

            server.kill();

            assertThat(process.isAlive())
                    .as("the nats-server process is gone when kill() returns")
                    .isFalse();
            assertThat(server.process()).isEmpty();

            server.start();
            assertThat(server.process().orElseThrow().pid()).isNotEqualTo(process.pid());
            try (Connection again = server.connect()) {
                assertThat(again.jetStreamManagement()
                                .getStreamInfo("KILLED")
                                .getStreamState()
                                .getMsgCount())
                        .as("every acknowledged message is still in the file store after the crash")
                        .isEqualTo(MESSAGES);
            }
        }
    }

    @Test
    @DisplayName("kill() kills its own process only: another server of the same JVM keeps serving")
    void killsOnlyItsOwnProcess() throws Exception {
        try (LocalNatsServer killed = startLocal("victim");
                LocalNatsServer bystander = startLocal("bystander")) {
            killed.kill();

            assertThat(bystander.process().orElseThrow().isAlive()).isTrue();
            try (Connection connection = bystander.connect()) {
                assertThat(connection.getStatus()).isEqualTo(Connection.Status.CONNECTED);
            }
        }
    }

    @Test
    @DisplayName("kill() on a stopped server does nothing")
    void killWhileStopped() {
        try (LocalNatsServer server = startLocal("idle")) {
            server.stop();
            server.kill();
            assertThat(server.process()).isEmpty();
        }
    }

    private static LocalNatsServer startLocal(String name) {
        assumeTrue(
                NatsServers.source() instanceof ServerSource.LocalBinary,
                "kill() needs a nats-server the test kit starts itself; this machine offers "
                        + NatsServers.source().describe());
        return LocalNatsServer.start(
                (ServerSource.LocalBinary) NatsServers.source(), ServerSettings.fresh("testkit-" + name));
    }

    private static void publishToFileStream(NatsServer server, String stream, String subject) throws Exception {
        try (Connection connection = server.connect()) {
            JetStreamManagement management = connection.jetStreamManagement();
            management.addStream(StreamConfiguration.builder()
                    .name(stream)
                    .subjects(subject)
                    .storageType(StorageType.File)
                    .build());
            for (int i = 0; i < MESSAGES; i++) {
                connection
                        .jetStream()
                        .publish(subject, ("message " + i).getBytes(StandardCharsets.UTF_8)); // waits for the ack
            }
        } // closed before the kill, so the client does not log the expected disconnect
    }
}

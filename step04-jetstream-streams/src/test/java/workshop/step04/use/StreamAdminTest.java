package workshop.step04.use;

import static org.assertj.core.api.Assertions.assertThat;

import io.nats.client.Connection;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamInfo;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServer;
import workshop.testkit.NatsServerTest;
import workshop.testkit.ServerAssumptions;
import workshop.testkit.TestResources;

/** Exercise 4.6: create, update and inspect streams. */
@NatsServerTest
class StreamAdminTest {

    private static final Exercise EXERCISE = Exercise.of("4.6");

    @Test
    @DisplayName("4.6 create makes a stream with the given storage and subjects, and the server reports it empty")
    void createsStream(JetStreamManagement jsm, TestResources resources, Random random) throws Exception {
        String name = resources.stream("ORDERS");
        String subjects = "orders" + random.nextInt(1000) + ".>";

        StreamInfo info = StreamAdmin.create(jsm, name, StorageType.Memory, subjects);

        assertThat(info.getConfiguration().getStorageType())
                .as(EXERCISE.says("memory storage, as asked"))
                .isEqualTo(StorageType.Memory);
        assertThat(info.getConfiguration().getSubjects())
                .as(EXERCISE.says("the subjects, as asked"))
                .containsExactly(subjects);
        assertThat(jsm.getStreamInfo(name).getStreamState().getMsgCount())
                .as(EXERCISE.says("a new stream holds no messages"))
                .isZero();
    }

    @Test
    @DisplayName("4.6 addSubject makes the stream capture one more subject and keeps what it stored")
    void updatesStream(Connection connection, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String name = resources.stream("SHOP");
        String root = "shop" + random.nextInt(1000);
        StreamAdmin.create(jsm, name, StorageType.Memory, root + ".orders");
        connection.jetStream().publish(root + ".orders", "o1".getBytes(StandardCharsets.UTF_8));

        StreamInfo updated;
        try {
            updated = StreamAdmin.addSubject(jsm, name, root + ".payments");
        } catch (JetStreamApiException e) {
            throw new AssertionError(
                    EXERCISE.says(
                            "addSubject changes a stream that exists: updateStream, not addStream (which refuses a"
                                    + " different configuration for the same name); the server answered %s",
                            e.getMessage()),
                    e);
        }
        connection.jetStream().publish(root + ".payments", "p1".getBytes(StandardCharsets.UTF_8));

        assertThat(updated.getConfiguration().getSubjects())
                .as(EXERCISE.says("after the update the stream captures both subjects"))
                .containsExactlyInAnyOrder(root + ".orders", root + ".payments");
        assertThat(StreamAdmin.messageCount(jsm, name))
                .as(EXERCISE.says("the old message stays, the new subject is captured"))
                .isEqualTo(2);
    }

    @Test
    @DisplayName("4.6 a file stream survives a server restart, a memory stream does not")
    void fileStorageSurvivesRestart(
            Connection connection, JetStreamManagement jsm, NatsServer server, TestResources resources, Random random)
            throws Exception {
        ServerAssumptions.assumeRestartable(server, "a server restart");
        String fileStream = resources.stream("DURABLE");
        String memoryStream = resources.stream("VOLATILE");
        String root = "restart" + random.nextInt(1000);
        StreamAdmin.create(jsm, fileStream, StorageType.File, root + ".file");
        StreamAdmin.create(jsm, memoryStream, StorageType.Memory, root + ".memory");
        int count = 1 + random.nextInt(5);
        for (int i = 0; i < count; i++) {
            connection.jetStream().publish(root + ".file", ("kept " + i).getBytes(StandardCharsets.UTF_8));
            connection.jetStream().publish(root + ".memory", ("lost " + i).getBytes(StandardCharsets.UTF_8));
        }

        server.restart();

        try (Connection fresh = server.connect()) {
            JetStreamManagement afterRestart = fresh.jetStreamManagement();
            assertThat(StreamAdmin.messageCount(afterRestart, fileStream))
                    .as(EXERCISE.says("file storage keeps the stream and its %d messages across a restart", count))
                    .isEqualTo(count);
            JetStreamApiException gone = null;
            try {
                afterRestart.getStreamInfo(memoryStream);
            } catch (JetStreamApiException e) {
                gone = e;
            }
            assertThat(gone)
                    .as(EXERCISE.says("a memory stream is gone after a restart, definition and all"))
                    .isNotNull();
            assertThat(gone.getApiErrorCode())
                    .as(EXERCISE.says("asking for a memory stream after a restart fails with 10059 stream not found"))
                    .isEqualTo(10059);
        }
    }
}

package workshop.step08.use;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.nats.client.Connection;
import io.nats.client.FetchConsumeOptions;
import io.nats.client.FetchConsumer;
import io.nats.client.JetStream;
import io.nats.client.JetStreamManagement;
import io.nats.client.Message;
import io.nats.client.Nats;
import io.nats.client.Options;
import io.nats.client.api.AckPolicy;
import io.nats.client.api.ConsumerConfiguration;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.testkit.ConfiguredNatsServer;
import workshop.testkit.Exercise;
import workshop.testkit.SeededRandomResolver;

/** Exercise 8.12: whether a durable consumer keeps up, from nats-server's /jsz. */
@ExtendWith(SeededRandomResolver.class)
class ConsumerBacklogTest {

    private static final Exercise EXERCISE = Exercise.of("8.12");

    private static ConfiguredNatsServer server;
    private static Connection connection;

    @BeforeAll
    static void startServer() throws Exception {
        server = ConfiguredNatsServer.builder("backlog").monitoring().start();
        connection = Nats.connect(new Options.Builder()
                .server(server.url())
                .connectionTimeout(Duration.ofSeconds(2))
                .noReconnect()
                .build());
    }

    @AfterAll
    static void stopServer() throws InterruptedException {
        if (connection != null) {
            connection.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    @DisplayName(
            "8.12 backlogOf reads num_pending and num_ack_pending of one durable consumer from /jsz?consumers=true")
    void backlog(Random random) throws Exception {
        String stream = "ORDERS" + random.nextInt(1000);
        String subject = "orders" + random.nextInt(1000);
        JetStreamManagement jsm = connection.jetStreamManagement();
        jsm.addStream(StreamConfiguration.builder()
                .name(stream)
                .subjects(subject)
                .storageType(StorageType.Memory)
                .build());
        addDurable(jsm, stream, "billing");
        addDurable(jsm, stream, "audit"); // a second consumer of the same stream, never read
        int published = 8 + random.nextInt(10);
        JetStream js = connection.jetStream();
        for (int i = 0; i < published; i++) {
            js.publish(subject, ("order " + i).getBytes(StandardCharsets.UTF_8));
        }
        int taken = 2 + random.nextInt(4);
        List<Message> unacked = fetch(stream, "billing", taken);
        ServerMonitor monitor = new ServerMonitor(server.monitoringUrl());

        assertThat(monitor.backlogOf(stream, "billing"))
                .as(EXERCISE.says(
                        "%d published, %d delivered and not acked yet: num_pending %d, num_ack_pending %d",
                        published, taken, published - taken, taken))
                .isEqualTo(new ServerMonitor.ConsumerBacklog(published - taken, taken));
        assertThat(monitor.backlogOf(stream, "audit"))
                .as(EXERCISE.says("the other consumer of %s has read nothing: all %d pending", stream, published))
                .isEqualTo(new ServerMonitor.ConsumerBacklog(published, 0));
        assertThat(monitor.backlogOf(stream, "nobody"))
                .as(EXERCISE.says("no consumer of that name: null"))
                .isNull();
        assertThat(monitor.backlogOf("NOSTREAM" + random.nextInt(1000), "billing"))
                .as(EXERCISE.says("a consumer of that name on another stream is not this one: null"))
                .isNull();
        unacked.forEach(Message::ack);
    }

    @Test
    @DisplayName(
            "8.12 keepsUp is true only while both the pending and the ack-pending counts are at most their thresholds")
    void keepsUp(Random random) throws Exception {
        String stream = "JOBS" + random.nextInt(1000);
        String subject = "jobs" + random.nextInt(1000);
        JetStreamManagement jsm = connection.jetStreamManagement();
        jsm.addStream(StreamConfiguration.builder()
                .name(stream)
                .subjects(subject)
                .storageType(StorageType.Memory)
                .build());
        addDurable(jsm, stream, "workers");
        ServerMonitor monitor = new ServerMonitor(server.monitoringUrl());
        int maxPending = 3 + random.nextInt(3);
        int maxAckPending = 2;

        assertThat(monitor.keepsUp(stream, "workers", maxPending, maxAckPending))
                .as(EXERCISE.says("nothing published: the consumer keeps up"))
                .isTrue();
        JetStream js = connection.jetStream();
        for (int i = 0; i < maxPending; i++) {
            js.publish(subject, ("job " + i).getBytes(StandardCharsets.UTF_8));
        }
        assertThat(monitor.keepsUp(stream, "workers", maxPending, maxAckPending))
                .as(EXERCISE.says("num_pending %d is at most the threshold %d: it keeps up", maxPending, maxPending))
                .isTrue();
        js.publish(subject, "one too many".getBytes(StandardCharsets.UTF_8));
        assertThat(monitor.keepsUp(stream, "workers", maxPending, maxAckPending))
                .as(EXERCISE.says(
                        "num_pending %d is above the threshold %d: it falls behind", maxPending + 1, maxPending))
                .isFalse();

        List<Message> inHand = fetch(stream, "workers", maxPending + 1);
        assertThat(monitor.keepsUp(stream, "workers", maxPending, maxAckPending))
                .as(EXERCISE.says(
                        "everything delivered (num_pending 0) but %d not acked, above the ack-pending threshold %d:"
                                + " a consumer that takes and never acks does not keep up",
                        maxPending + 1, maxAckPending))
                .isFalse();
        inHand.forEach(Message::ack);
        // ack() is fire-and-forget: the server counts the acks a moment later
        await().alias(EXERCISE.says("every message delivered and acked: it keeps up again"))
                .atMost(Duration.ofSeconds(3))
                .until(() -> monitor.keepsUp(stream, "workers", maxPending, maxAckPending));
        assertThat(monitor.keepsUp(stream, "nobody", maxPending, maxAckPending))
                .as(EXERCISE.says("a consumer that does not exist does not keep up"))
                .isFalse();
    }

    private static void addDurable(JetStreamManagement jsm, String stream, String durable) throws Exception {
        jsm.addOrUpdateConsumer(
                stream,
                ConsumerConfiguration.builder()
                        .durable(durable)
                        .ackPolicy(AckPolicy.Explicit)
                        .ackWait(Duration.ofSeconds(30))
                        .build());
    }

    /** Takes {@code count} messages without acking them: the server counts them as ack-pending. */
    private static List<Message> fetch(String stream, String durable, int count) throws Exception {
        List<Message> messages = new ArrayList<>();
        try (FetchConsumer batch = connection
                .getStreamContext(stream)
                .getConsumerContext(durable)
                .fetch(FetchConsumeOptions.builder()
                        .maxMessages(count)
                        .expiresIn(2000)
                        .build())) {
            for (Message message = batch.nextMessage(); message != null; message = batch.nextMessage()) {
                messages.add(message);
            }
        }
        assertThat(messages).as("the test's fetch got all %d messages", count).hasSize(count);
        return messages;
    }
}

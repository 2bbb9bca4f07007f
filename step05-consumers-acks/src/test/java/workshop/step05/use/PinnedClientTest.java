package workshop.step05.use;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static workshop.step05.use.DurableConsumersTest.bytes;
import static workshop.step05.use.DurableConsumersTest.createStream;

import io.nats.client.Connection;
import io.nats.client.JetStream;
import io.nats.client.JetStreamManagement;
import io.nats.client.MessageConsumer;
import io.nats.client.api.ConsumerConfiguration;
import io.nats.client.api.PriorityGroupState;
import io.nats.client.api.PriorityPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServer;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

/** Exercise 5.17: a priority group with a pinned client, and failover when it goes away. */
@NatsServerTest
class PinnedClientTest {

    private static final Exercise EXERCISE = Exercise.of("5.17");
    /** The durable consumer the group pulls from. */
    private static final String DURABLE = "settlement";

    @Test
    @DisplayName(
            "5.17 createDurable makes a consumer with one priority group under the pinned-client policy and the given pin TTL")
    void createsPinnedConsumer(Connection connection, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("PAYMENTS");
        createStream(jsm, stream, "payments" + random.nextInt(1000));
        Duration pinnedTtl = Duration.ofSeconds(5 + random.nextInt(50));

        PinnedClient.createDurable(connection, stream, DURABLE, "primary", pinnedTtl);

        ConsumerConfiguration config = jsm.getConsumerInfo(stream, DURABLE).getConsumerConfiguration();
        assertThat(config.getPriorityGroups())
                .as(EXERCISE.says("one priority group, primary"))
                .containsExactly("primary");
        assertThat(config.getPriorityPolicy())
                .as(EXERCISE.says("the pinned-client policy"))
                .isEqualTo(PriorityPolicy.PinnedClient);
        assertThat(config.getPriorityTimeout())
                .as(EXERCISE.says("the pin's TTL"))
                .isEqualTo(pinnedTtl);
    }

    @Test
    @DisplayName(
            "5.17 of two workers in the group, one is pinned and gets every message; when it stops, the other takes over after the pin TTL")
    void pinnedThenFailover(
            NatsServer server, JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("PAYMENTS");
        String subject = "payments" + random.nextInt(1000);
        createStream(jsm, stream, subject);
        List<String> first = new CopyOnWriteArrayList<>();
        List<String> second = new CopyOnWriteArrayList<>();
        int count = 10 + random.nextInt(10);

        try (Connection a = server.connect();
                Connection b = server.connect()) {
            PinnedClient.createDurable(a, stream, DURABLE, "primary", Duration.ofSeconds(2));
            MessageConsumer workerA = PinnedClient.startWorker(a, stream, DURABLE, "primary", first::add);
            MessageConsumer workerB = PinnedClient.startWorker(b, stream, DURABLE, "primary", second::add);
            for (int i = 1; i <= count; i++) {
                jetStream.publish(subject, bytes("payment " + i));
            }
            await().alias(EXERCISE.says("all %d payments processed", count))
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> first.size() + second.size() >= count);
            List<String> pinned = first.isEmpty() ? second : first;
            assertThat(pinned)
                    .as(EXERCISE.says("one worker, the pinned one, got all %d; the other none", count))
                    .hasSize(count);
            String pinId = pinId(jsm, stream);
            assertThat(pinId)
                    .as(EXERCISE.says("the consumer's info names the pinned client"))
                    .isNotBlank();

            MessageConsumer standby = pinned == first ? workerB : workerA;
            (pinned == first ? a : b).close(); // the pinned worker goes away without a word, as in a crash
            jetStream.publish(subject, bytes("after the failover"));

            List<String> other = pinned == first ? second : first;
            await().alias(EXERCISE.says(
                            "the standby worker is pinned once the pin's TTL (2 s) is over, and gets the new payment"))
                    .atMost(Duration.ofSeconds(6))
                    .until(() -> other.contains("after the failover"));
            assertThat(pinId(jsm, stream))
                    .as(EXERCISE.says("a new pin: the standby's"))
                    .isNotBlank()
                    .isNotEqualTo(pinId);
            standby.stop();
        }
    }

    private static String pinId(JetStreamManagement jsm, String stream) throws Exception {
        List<PriorityGroupState> groups = jsm.getConsumerInfo(stream, DURABLE).getPriorityGroupStates();
        return groups == null || groups.isEmpty() ? null : groups.get(0).getPinnedClientId();
    }
}

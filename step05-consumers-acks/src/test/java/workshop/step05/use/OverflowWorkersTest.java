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

/** Exercise 5.18: a priority group with the overflow policy: a second worker that helps only with a backlog. */
@NatsServerTest
class OverflowWorkersTest {

    private static final Exercise EXERCISE = Exercise.of("5.18");

    @Test
    @DisplayName("5.18 createDurable makes a consumer with one priority group under the overflow policy")
    void createsOverflowConsumer(Connection connection, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("REPORTS");
        createStream(jsm, stream, "reports" + random.nextInt(1000));

        OverflowWorkers.createDurable(connection, stream, "renderer", "burst");

        ConsumerConfiguration config = jsm.getConsumerInfo(stream, "renderer").getConsumerConfiguration();
        assertThat(config.getPriorityGroups())
                .as(EXERCISE.says("one priority group, burst"))
                .containsExactly("burst");
        assertThat(config.getPriorityPolicy())
                .as(EXERCISE.says("the overflow policy"))
                .isEqualTo(PriorityPolicy.Overflow);
    }

    @Test
    @DisplayName(
            "5.18 a worker with a threshold is served only while that many wait: it leaves threshold - 1 for the everyday worker")
    void overflowWorkerTakesOnlyTheBacklog(
            NatsServer server, JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("REPORTS");
        String subject = "reports" + random.nextInt(1000);
        createStream(jsm, stream, subject);
        int threshold = 20 + random.nextInt(20);
        int count = threshold + 10 + random.nextInt(20);
        List<String> overflow = new CopyOnWriteArrayList<>();
        List<String> everyday = new CopyOnWriteArrayList<>();

        try (Connection a = server.connect();
                Connection b = server.connect()) {
            OverflowWorkers.createDurable(a, stream, "renderer", "burst");
            try (MessageConsumer helper =
                    OverflowWorkers.startWorker(a, stream, "renderer", "burst", threshold, overflow::add)) {
                for (int i = 1; i <= count; i++) {
                    jetStream.publish(subject, bytes("report " + i));
                }
                await().alias(EXERCISE.says(
                                "the overflow worker takes messages while %d or more wait: %d of %d",
                                threshold, count - threshold + 1, count))
                        .atMost(Duration.ofSeconds(5))
                        .until(() -> overflow.size() >= count - threshold + 1);
                await().alias(EXERCISE.says(
                                "and stops when %d are left: its pulls name minPending %d (the overflow policy alone serves"
                                        + " every pull)",
                                threshold - 1, threshold))
                        .atMost(Duration.ofSeconds(3))
                        .until(() -> jsm.getConsumerInfo(stream, "renderer").getNumPending() == threshold - 1);
                assertThat(overflow)
                        .as(EXERCISE.says("the overflow worker took exactly %d", count - threshold + 1))
                        .hasSize(count - threshold + 1);

                try (MessageConsumer worker =
                        OverflowWorkers.startWorker(b, stream, "renderer", "burst", 0, everyday::add)) {
                    await().alias(EXERCISE.says("a worker without a threshold takes the other %d", threshold - 1))
                            .atMost(Duration.ofSeconds(5))
                            .until(() -> everyday.size() >= threshold - 1);
                }
            }
        }
        assertThat(overflow.size() + everyday.size())
                .as(EXERCISE.says("every report once"))
                .isEqualTo(count);
    }
}

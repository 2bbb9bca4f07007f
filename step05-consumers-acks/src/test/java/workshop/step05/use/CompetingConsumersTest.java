package workshop.step05.use;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static workshop.step05.use.DurableConsumersTest.bytes;
import static workshop.step05.use.DurableConsumersTest.createStream;

import io.nats.client.Connection;
import io.nats.client.JetStream;
import io.nats.client.JetStreamManagement;
import io.nats.client.Message;
import io.nats.client.MessageConsumer;
import io.nats.client.Subscription;
import io.nats.client.api.ConsumerConfiguration;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.given.Json;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServer;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

/** Exercise 5.12: competing consumers sharing one durable: JetStream's durable queue group. */
@NatsServerTest
class CompetingConsumersTest {

    private static final Exercise EXERCISE = Exercise.of("5.12");

    @Test
    @DisplayName("5.12 two workers on one durable process every message exactly once between them")
    void shareTheWork(
            NatsServer server, JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("TICKETS");
        String subject = "ticket" + random.nextInt(1000) + ".created";
        createStream(jsm, stream, subject);
        jsm.addOrUpdateConsumer(
                stream,
                ConsumerConfiguration.builder()
                        .durable("orders-service-queue-group")
                        .build());
        List<String> workerA = new CopyOnWriteArrayList<>();
        List<String> workerB = new CopyOnWriteArrayList<>();
        int count = 40 + random.nextInt(20);

        try (Connection a = server.connect();
                Connection b = server.connect();
                MessageConsumer consumerA =
                        CompetingConsumers.startWorker(a, stream, "orders-service-queue-group", workerA::add);
                MessageConsumer consumerB =
                        CompetingConsumers.startWorker(b, stream, "orders-service-queue-group", workerB::add)) {
            for (int i = 1; i <= count; i++) {
                jetStream.publish(subject, bytes("ticket " + i));
            }
            await().alias(EXERCISE.says("all %d tickets processed by the two workers together", count))
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> workerA.size() + workerB.size() >= count);
        }

        List<String> all = new ArrayList<>(workerA);
        all.addAll(workerB);
        assertThat(all)
                .as(EXERCISE.says("every ticket once, none twice"))
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, count)
                        .mapToObj(i -> "ticket " + i)
                        .toList());
        assertThat(workerA).as(EXERCISE.says("worker A got a share")).isNotEmpty();
        assertThat(workerB).as(EXERCISE.says("worker B got a share")).isNotEmpty();
    }

    @Test
    @DisplayName("5.12 a worker asks the server for small batches of 10, not the 500 jnats asks for by default")
    void smallBatches(Connection connection, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("TICKETS");
        createStream(jsm, stream, "ticket" + random.nextInt(1000) + ".created");
        jsm.addOrUpdateConsumer(
                stream, ConsumerConfiguration.builder().durable("workers").build());
        // A pull request is a message to this subject, its JSON asks for "batch" messages: anyone may listen
        // (./workshop spy shows the same frame).
        Subscription pullRequests = connection.subscribe("$JS.API.CONSUMER.MSG.NEXT." + stream + ".workers");
        connection.flush(Duration.ofSeconds(2));

        Message request;
        try (MessageConsumer worker = CompetingConsumers.startWorker(connection, stream, "workers", payload -> {})) {
            request = pullRequests.nextMessage(Duration.ofSeconds(2));
        }

        assertThat(request)
                .as(EXERCISE.says("the worker sends a pull request for the durable \"workers\""))
                .isNotNull();
        Object batch = Json.parseObject(new String(request.getData(), StandardCharsets.UTF_8))
                .get("batch");
        assertThat(batch)
                .as(EXERCISE.says(
                        "the pull request %s asks for a batch of 10: a busy worker holds at most 10 messages"
                                + " the others could take (ConsumeOptions' batchSize)",
                        new String(request.getData(), StandardCharsets.UTF_8)))
                .isEqualTo(10L);
    }
}

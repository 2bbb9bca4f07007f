package workshop.step05.use;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.step05.use.DurableConsumersTest.bytes;
import static workshop.step05.use.DurableConsumersTest.createStream;

import io.nats.client.Connection;
import io.nats.client.JetStream;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.ConsumerConfiguration;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServer;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

/** Exercise 5.11: a durable remembers where the work stands when the client goes away. */
@NatsServerTest
class DurableWorkerTest {

    private static final Exercise EXERCISE = Exercise.of("5.11");

    @Test
    @DisplayName("5.11 a restarted worker continues after the last message the previous one acked")
    void resumesAfterRestart(
            NatsServer server, JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("TICKETS");
        String subject = "ticket" + random.nextInt(1000) + ".created";
        createStream(jsm, stream, subject);
        jsm.addOrUpdateConsumer(
                stream,
                ConsumerConfiguration.builder().durable("orders-service").build());
        int count = 5 + random.nextInt(5);
        for (int i = 1; i <= count; i++) {
            jetStream.publish(subject, bytes("ticket " + i));
        }

        List<String> beforeRestart;
        try (Connection firstRun = server.connect()) {
            beforeRestart = DurableWorker.take(firstRun, stream, "orders-service", 3, Duration.ofSeconds(2));
        } // the client goes away: the durable and its position stay on the server
        List<String> afterRestart;
        try (Connection secondRun = server.connect()) {
            afterRestart = DurableWorker.take(secondRun, stream, "orders-service", count - 3, Duration.ofSeconds(2));
        }

        assertThat(beforeRestart)
                .as(EXERCISE.says("the first run takes tickets 1 to 3"))
                .containsExactly("ticket 1", "ticket 2", "ticket 3");
        assertThat(afterRestart)
                .as(EXERCISE.says("the second run starts at ticket 4, not 1"))
                .containsExactlyElementsOf(IntStream.rangeClosed(4, count)
                        .mapToObj(i -> "ticket " + i)
                        .toList());
    }

    @Test
    @DisplayName("5.11 take binds to an existing durable and fails for one that does not exist")
    void bindsOnly(Connection connection, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("TICKETS");
        createStream(jsm, stream, "ticket" + random.nextInt(1000));

        Exception failure = null;
        try {
            DurableWorker.take(connection, stream, "nobody-created-me", 1, Duration.ofSeconds(1));
        } catch (io.nats.client.JetStreamApiException e) {
            failure = e;
        }

        assertThat(failure)
                .as(EXERCISE.says("binding to a missing durable is an error, not a new consumer"))
                .isNotNull();
        assertThat(jsm.getConsumerNames(stream))
                .as(EXERCISE.says("take creates no consumer"))
                .isEmpty();
    }
}

package workshop.step05.use;

import io.nats.client.Connection;
import io.nats.client.ConsumerContext;
import io.nats.client.JetStreamManagement;
import io.nats.client.Message;
import io.nats.client.MessageConsumer;
import io.nats.client.Subscription;
import io.nats.client.api.ConsumerConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestStreams;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.step05.use.DurableConsumersTest.bytes;
import static workshop.step05.use.DurableConsumersTest.createStream;

/** Exercise 5.10: redelivery with a backoff. */
@NatsServerTest
class BackoffTest {

    private static final String README = " (see step05-consumers-acks/README.md#510-back-off-between-redeliveries)";
    private final TestStreams streams = new TestStreams();

    @AfterEach
    void deleteStreams(JetStreamManagement jsm) throws Exception {
        streams.deleteAll(jsm);
    }

    @Test
    @DisplayName("5.10 the server keeps the backoff and MaxDeliver as configured")
    void configured(Connection connection, JetStreamManagement jsm, Random random) throws Exception {
        String stream = streams.name(random, "CALLS");
        createStream(jsm, stream, "calls" + random.nextInt(1000));
        int maxDeliver = 4 + random.nextInt(3);

        Backoff.createWithBackoff(connection, stream, "caller", maxDeliver, Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(30));

        ConsumerConfiguration config = jsm.getConsumerInfo(stream, "caller").getConsumerConfiguration();
        assertThat(config.getBackoff()).as("Exercise 5.10: the backoff, as the server applied it" + README)
                .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(30));
        assertThat(config.getMaxDeliver()).as("Exercise 5.10: MaxDeliver" + README).isEqualTo(maxDeliver);
    }

    @Test
    @DisplayName("5.10 each redelivery waits the next backoff step, and MaxDeliver ends them")
    void redeliveriesBackOff(Connection connection, JetStreamManagement jsm, Random random) throws Exception {
        String stream = streams.name(random, "CALLS");
        String subject = "calls" + random.nextInt(1000);
        createStream(jsm, stream, subject);
        connection.jetStream().publish(subject, bytes("call the flaky API"));
        Duration first = Duration.ofMillis(150);
        Duration second = Duration.ofMillis(350);

        ConsumerContext consumer = Backoff.createWithBackoff(connection, stream, "caller", 3, first, second);
        Subscription gaveUp = connection.subscribe("$JS.EVENT.ADVISORY.CONSUMER.MAX_DELIVERIES." + stream + ".caller");
        connection.flush(Duration.ofSeconds(2));
        List<Long> deliveredAt = new CopyOnWriteArrayList<>();
        Message advisory;
        // a worker whose call always fails: it never acks, and keeps asking for work
        try (MessageConsumer failingWorker = consumer.consume(message -> deliveredAt.add(System.nanoTime()))) {
            advisory = gaveUp.nextMessage(Duration.ofSeconds(5));
        }

        assertThat(advisory).as("Exercise 5.10: after MaxDeliver (3) deliveries the server gives up and says so" + README).isNotNull();
        assertThat(deliveredAt).as("Exercise 5.10: three deliveries, no fourth" + README).hasSize(3);
        assertThat(Duration.ofNanos(deliveredAt.get(1) - deliveredAt.get(0)))
                .as("Exercise 5.10: the first redelivery waits about %s%s", first, README)
                .isGreaterThanOrEqualTo(first.minusMillis(50));
        assertThat(Duration.ofNanos(deliveredAt.get(2) - deliveredAt.get(1)))
                .as("Exercise 5.10: the second waits about %s%s", second, README)
                .isGreaterThanOrEqualTo(second.minusMillis(50));
    }
}

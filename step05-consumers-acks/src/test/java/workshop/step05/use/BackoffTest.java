package workshop.step05.use;

import io.nats.client.Connection;
import io.nats.client.ConsumerContext;
import io.nats.client.JetStreamManagement;
import io.nats.client.Message;
import io.nats.client.api.ConsumerConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.NatsServerTest;

import java.time.Duration;
import java.util.Random;

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
        Duration first = Duration.ofMillis(200);
        Duration second = Duration.ofMillis(450);

        ConsumerContext consumer = Backoff.createWithBackoff(connection, stream, "caller", 3, first, second);
        long t1 = receive(consumer, 1);
        long t2 = receive(consumer, 2);
        long t3 = receive(consumer, 3);
        Message fourth = consumer.next(Duration.ofSeconds(1)); // longer than the last backoff step

        assertThat(Duration.ofNanos(t2 - t1)).as("Exercise 5.10: the first redelivery waits about %s%s", first, README)
                .isGreaterThanOrEqualTo(first.minusMillis(50));
        assertThat(Duration.ofNanos(t3 - t2)).as("Exercise 5.10: the second waits about %s%s", second, README)
                .isGreaterThanOrEqualTo(second.minusMillis(50));
        assertThat(fourth).as("Exercise 5.10: MaxDeliver 3: no fourth delivery" + README).isNull();
    }

    /** Waits for delivery number {@code expected} (never acks it) and returns when it came. */
    private static long receive(ConsumerContext consumer, int expected) throws Exception {
        Message message = consumer.next(Duration.ofSeconds(3));
        long at = System.nanoTime();
        assertThat(message).as("Exercise 5.10: delivery %d came%s", expected, README).isNotNull();
        assertThat(message.metaData().deliveredCount()).isEqualTo(expected);
        return at;
    }
}

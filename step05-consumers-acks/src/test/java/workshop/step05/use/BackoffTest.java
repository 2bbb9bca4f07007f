package workshop.step05.use;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.step05.use.DurableConsumersTest.bytes;
import static workshop.step05.use.DurableConsumersTest.createStream;
import static workshop.step05.use.DurableConsumersTest.refusal;

import io.nats.client.Connection;
import io.nats.client.ConsumerContext;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.Message;
import io.nats.client.Subscription;
import io.nats.client.api.ConsumerConfiguration;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServer;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

/** Exercise 5.10: redelivery with a backoff. */
@NatsServerTest
class BackoffTest {

    private static final Exercise EXERCISE = Exercise.of("5.10");

    @Test
    @DisplayName("5.10 the server keeps the backoff and MaxDeliver as configured")
    void configured(Connection connection, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("CALLS");
        createStream(jsm, stream, "calls" + random.nextInt(1000));
        int maxDeliver = 4 + random.nextInt(3);

        Backoff.createWithBackoff(
                connection,
                stream,
                "caller",
                maxDeliver,
                Duration.ofSeconds(1),
                Duration.ofSeconds(5),
                Duration.ofSeconds(30));

        ConsumerConfiguration config = jsm.getConsumerInfo(stream, "caller").getConsumerConfiguration();
        assertThat(config.getBackoff())
                .as(EXERCISE.says("the backoff, as the server applied it"))
                .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(30));
        assertThat(config.getMaxDeliver()).as(EXERCISE.says("MaxDeliver")).isEqualTo(maxDeliver);
    }

    @Test
    @DisplayName("5.10 each redelivery waits the next backoff step, and MaxDeliver ends them")
    void redeliveriesBackOff(Connection connection, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("CALLS");
        String subject = "calls" + random.nextInt(1000);
        createStream(jsm, stream, subject);
        connection.jetStream().publish(subject, bytes("call the flaky API"));
        Duration first = Duration.ofMillis(100);
        Duration second = Duration.ofMillis(500);

        ConsumerContext consumer = Backoff.createWithBackoff(connection, stream, "caller", 3, first, second);
        Subscription gaveUp = connection.subscribe("$JS.EVENT.ADVISORY.CONSUMER.MAX_DELIVERIES." + stream + ".caller");
        connection.flush(Duration.ofSeconds(2));
        // Asks for a fourth delivery, which MaxDeliver 3 never sends: patience covers both steps, with room to spare.
        Duration patience = first.plus(second).plusMillis(900);

        List<Duration> gaps = Backoff.redeliveryGaps(consumer, 4, patience);

        assertThat(gaps)
                .as(EXERCISE.says(
                        "three deliveries (two gaps) within %s, no fourth: MaxDeliver 3 counts the first delivery,"
                                + " and a worker that acks sees no redelivery at all; the gaps seen were %s",
                        patience, gaps))
                .hasSize(2);
        assertThat(gaps.get(0))
                .as(EXERCISE.says("the first redelivery waits about %s, the first backoff step", first))
                .isGreaterThanOrEqualTo(first.minusMillis(50));
        // Measured on the client, where a busy machine can deliver one message late: half-way between the
        // two steps is enough to tell the second step from the first.
        assertThat(gaps.get(1))
                .as(EXERCISE.says("the second waits the second step, about %s, not the first again", second))
                .isGreaterThanOrEqualTo(first.plus(second).dividedBy(2));
        assertThat(gaveUp.nextMessage(Duration.ofSeconds(5)))
                .as(EXERCISE.says("after MaxDeliver (3) deliveries the server gives up and says so (an advisory)"))
                .isNotNull();
    }

    @Test
    @DisplayName("5.10 a backoff spaces out redeliveries after AckWait, not after a nak: a nak comes back at once")
    void nakIgnoresBackoff(Connection connection, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("CALLS");
        String subject = "calls" + random.nextInt(1000);
        createStream(jsm, stream, subject);
        connection.jetStream().publish(subject, bytes("call the flaky API"));
        ConsumerContext consumer = Backoff.createWithBackoff(
                connection, stream, "caller", 3, Duration.ofSeconds(10), Duration.ofSeconds(30));

        consumer.next(Duration.ofSeconds(2)).nak();
        Message again =
                consumer.next(Duration.ofSeconds(2)); // the first backoff step is 10 s: only the nak can bring it back

        assertThat(again)
                .as(EXERCISE.says("a nak'ed message comes back at once, whatever the backoff"))
                .isNotNull();
        assertThat(again.metaData().deliveredCount())
                .as(EXERCISE.says("the nak'ed message's second delivery"))
                .isEqualTo(2);
        again.term();
    }

    @Test
    @DisplayName("5.10 MaxDeliver equal to the number of backoff steps: refused up to 2.10.22, accepted from 2.10.23")
    void maxDeliverEqualToSteps(
            NatsServer server, Connection connection, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("CALLS");
        createStream(jsm, stream, "calls" + random.nextInt(1000));
        Duration[] steps = {Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(30)};

        JetStreamApiException refused =
                refusal(() -> Backoff.createWithBackoff(connection, stream, "caller", steps.length, steps));

        if (server.version().atLeast("2.10.23")) { // consumer.go: lbo > config.MaxDeliver is refused
            assertThat(refused)
                    .as(EXERCISE.says(
                            "nats-server %s accepts MaxDeliver %d with %d backoff steps",
                            server.version(), steps.length, steps.length))
                    .isNull();
            assertThat(jsm.getConsumerInfo(stream, "caller")
                            .getConsumerConfiguration()
                            .getMaxDeliver())
                    .as(EXERCISE.says("the consumer has MaxDeliver %d, as asked", steps.length))
                    .isEqualTo(steps.length);
        } else { // up to 2.10.22, consumer.go: config.MaxDeliver <= lbo is refused
            assertThat(refused)
                    .as(EXERCISE.says(
                            "nats-server %s refuses MaxDeliver %d with %d backoff steps",
                            server.version(), steps.length, steps.length))
                    .isNotNull();
            assertThat(refused.getApiErrorCode())
                    .as(EXERCISE.says("the refusal is error 10116"))
                    .isEqualTo(10116);
            assertThat(refused.getErrorDescription())
                    .as(EXERCISE.says("the server says why"))
                    .isEqualTo("max deliver is required to be > length of backoff values");
        }
    }

    @Test
    @DisplayName("5.10 a backoff with no MaxDeliver limit (-1): refused up to 2.10.12, accepted from 2.10.14")
    void unlimitedDeliveriesWithBackoff(
            NatsServer server, Connection connection, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("CALLS");
        createStream(jsm, stream, "calls" + random.nextInt(1000));

        JetStreamApiException refused = refusal(() -> Backoff.createWithBackoff(
                connection, stream, "caller", -1, Duration.ofSeconds(1), Duration.ofSeconds(5)));

        if (server.version().atLeast("2.10.14")) { // consumer.go: config.MaxDeliver != -1 && ...
            assertThat(refused)
                    .as(EXERCISE.says("nats-server %s accepts a backoff with unlimited deliveries", server.version()))
                    .isNull();
            assertThat(jsm.getConsumerInfo(stream, "caller")
                            .getConsumerConfiguration()
                            .getMaxDeliver())
                    .as(EXERCISE.says("the consumer has no MaxDeliver limit (-1), as asked"))
                    .isEqualTo(-1);
        } else {
            assertThat(refused)
                    .as(EXERCISE.says("nats-server %s refuses a backoff with unlimited deliveries", server.version()))
                    .isNotNull();
            assertThat(refused.getApiErrorCode())
                    .as(EXERCISE.says("the refusal is error 10116"))
                    .isEqualTo(10116);
        }
    }
}

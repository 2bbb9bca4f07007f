package workshop.step05.use;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static workshop.step05.use.DurableConsumersTest.bytes;
import static workshop.step05.use.DurableConsumersTest.createStream;

import io.nats.client.Connection;
import io.nats.client.ConsumerContext;
import io.nats.client.JetStream;
import io.nats.client.JetStreamManagement;
import io.nats.client.MessageConsumer;
import io.nats.client.api.ConsumerConfiguration;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

/** Exercise 5.8: consume: a handler called for every message, acks and naks by outcome. */
@NatsServerTest
class ContinuousConsumerTest {

    private static final Exercise EXERCISE = Exercise.of("5.8");

    @Test
    @DisplayName("5.8 consume hands every message to the handler in order and acks it")
    void consumesEverything(
            Connection connection, JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("EVENTS");
        String subject = "events" + random.nextInt(1000);
        createStream(jsm, stream, subject);
        ConsumerContext consumer = connection
                .getStreamContext(stream)
                .createOrUpdateConsumer(
                        ConsumerConfiguration.builder().durable("audit").build());
        List<String> handled = new CopyOnWriteArrayList<>();
        int count = 5 + random.nextInt(20);

        try (MessageConsumer running = ContinuousConsumer.start(consumer, handled::add)) {
            for (int i = 1; i <= count; i++) {
                jetStream.publish(subject, bytes("event " + i));
            }
            await().alias(EXERCISE.says("all %d events reach the handler", count))
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> handled.size() == count);
            await().alias(EXERCISE.says("and every one is acked"))
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> jsm.getConsumerInfo(stream, "audit").getNumAckPending() == 0);
        }
        assertThat(handled)
                .as(EXERCISE.says("in publish order"))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, count)
                        .mapToObj(i -> "event " + i)
                        .toList());
    }

    @Test
    @DisplayName("5.8 a message whose handler throws is nak'ed and handled again")
    void failedMessagesComeBack(
            Connection connection, JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("EVENTS");
        String subject = "events" + random.nextInt(1000);
        createStream(jsm, stream, subject);
        ConsumerContext consumer = connection
                .getStreamContext(stream)
                .createOrUpdateConsumer(ConsumerConfiguration.builder()
                        .durable("flaky")
                        .ackWait(Duration.ofSeconds(30))
                        .build());
        List<String> attempts = new CopyOnWriteArrayList<>();

        try (MessageConsumer running = ContinuousConsumer.start(consumer, text -> {
            attempts.add(text);
            if (attempts.size() == 1) {
                throw new IllegalStateException("the database is down, just this once");
            }
        })) {
            jetStream.publish(subject, bytes("payment 42"));
            // AckWait is 30 s: only a nak brings the message back within the 5 s we wait
            await().alias(EXERCISE.says(
                            "the failed message is delivered again right away: nak() it (AckWait is 30 s; a term never brings"
                                    + " it back; an ack sent before the handler ran settled it already)"))
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> attempts.size() >= 2);
            await().alias(EXERCISE.says("the second attempt succeeded and was acked"))
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> jsm.getConsumerInfo(stream, "flaky").getNumAckPending() == 0);
        }
        assertThat(attempts)
                .as(EXERCISE.says("the handler saw the payment twice: the failed attempt and the retry"))
                .containsExactly("payment 42", "payment 42");
    }
}

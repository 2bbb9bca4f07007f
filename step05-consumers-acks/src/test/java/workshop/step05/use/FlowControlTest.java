package workshop.step05.use;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static workshop.step05.use.DurableConsumersTest.bytes;
import static workshop.step05.use.DurableConsumersTest.createStream;

import io.nats.client.Connection;
import io.nats.client.ConsumeOptions;
import io.nats.client.ConsumerContext;
import io.nats.client.JetStream;
import io.nats.client.JetStreamManagement;
import io.nats.client.Message;
import io.nats.client.MessageConsumer;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

/** Exercise 5.23: a window of publish acks in flight, and MaxAckPending on the consumer. */
@NatsServerTest
class FlowControlTest {

    private static final Exercise EXERCISE = Exercise.of("5.23");

    @Test
    @DisplayName(
            "5.23 publishWindowed stores every message in order and never has more than the window of acks in flight")
    void publishesWithinTheWindow(JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("EVENTS");
        String subject = "events" + random.nextInt(1000);
        createStream(jsm, stream, subject);
        int count = 200 + random.nextInt(200);
        int window = 5 + random.nextInt(20);
        List<byte[]> payloads = IntStream.rangeClosed(1, count)
                .mapToObj(i -> bytes("event " + i))
                .toList();

        FlowControl.Published published = FlowControl.publishWindowed(jetStream, subject, payloads, window);

        assertThat(published.sequences())
                .as(EXERCISE.says("one stream sequence per message, 1 to %d, in the order given", count))
                .containsExactlyElementsOf(
                        LongStream.rangeClosed(1, count).boxed().toList());
        assertThat(published.mostInFlight())
                .as(EXERCISE.says("at most %d acks outstanding at once", window))
                .isBetween(1, window);
        assertThat(jsm.getStreamInfo(stream).getStreamState().getMsgCount())
                .as(EXERCISE.says("all %d stored", count))
                .isEqualTo(count);
    }

    @Test
    @DisplayName(
            "5.23 with MaxAckPending n and nothing acked, the server delivers n and stops; each ack lets one more through")
    void maxAckPendingStopsDelivery(
            Connection connection, JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("EVENTS");
        String subject = "events" + random.nextInt(1000);
        createStream(jsm, stream, subject);
        int maxAckPending = 3 + random.nextInt(5);
        int count = maxAckPending * 3;
        for (int i = 1; i <= count; i++) {
            jetStream.publish(subject, bytes("event " + i));
        }
        BlockingQueue<Message> held = new LinkedBlockingQueue<>(); // a worker that has not acked yet

        ConsumerContext consumer = FlowControl.createWithMaxAckPending(connection, stream, "slow", maxAckPending);
        try (MessageConsumer running =
                consumer.consume(ConsumeOptions.builder().batchSize(count).build(), held::add)) {
            await().alias(EXERCISE.says("MaxAckPending %d: the first %d are delivered", maxAckPending, maxAckPending))
                    .atMost(Duration.ofSeconds(3))
                    .until(() -> held.size() >= maxAckPending);
            await().alias(EXERCISE.says(
                            "and no more while none is acked: MaxAckPending on the consumer holds them back, whatever"
                                    + " batch the worker pulls"))
                    .during(Duration.ofMillis(300))
                    .atMost(Duration.ofSeconds(2))
                    .until(() -> held.size() == maxAckPending);
            assertThat(jsm.getConsumerInfo(stream, "slow").getNumAckPending())
                    .as(EXERCISE.says("the server counts %d unacked", maxAckPending))
                    .isEqualTo(maxAckPending);

            held.poll().ackSync(Duration.ofSeconds(2));
            await().alias(EXERCISE.says("one ack, one more delivery"))
                    .atMost(Duration.ofSeconds(3))
                    .until(() -> held.size() == maxAckPending);
            assertThat(jsm.getConsumerInfo(stream, "slow").getNumPending())
                    .as(EXERCISE.says("the rest waits in the stream: %d", count - maxAckPending - 1))
                    .isEqualTo(count - maxAckPending - 1);
        }
    }
}

package workshop.step05.use;

import io.nats.client.Connection;
import io.nats.client.ConsumerContext;
import io.nats.client.Dispatcher;
import io.nats.client.JetStreamManagement;
import io.nats.client.MessageConsumer;
import io.nats.client.api.ConsumerConfiguration;
import io.nats.client.api.MessageInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestStreams;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static workshop.step05.use.DurableConsumersTest.bytes;
import static workshop.step05.use.DurableConsumersTest.createStream;

/** Exercise 5.14: a dead-letter queue from the MAX_DELIVERIES and MSG_TERMINATED advisories. */
@NatsServerTest
class DeadLetterQueueTest {

    private static final String README = " (see step05-consumers-acks/README.md#514-build-a-dead-letter-queue-from-advisories)";
    private final TestStreams streams = new TestStreams();

    @AfterEach
    void deleteStreams(JetStreamManagement jsm) throws Exception {
        streams.deleteAll(jsm);
    }

    @Test
    @DisplayName("5.14 a message delivered MaxDeliver times without an ack lands in the DLQ stream, with its story")
    void maxDeliveries(Connection connection, JetStreamManagement jsm, Random random) throws Exception {
        Setup setup = setup(connection, jsm, random);
        Dispatcher dlq = DeadLetterQueue.start(connection, setup.stream, "payments", setup.dlqSubject);
        connection.flush(Duration.ofSeconds(2)); // the advisory subscriptions are in place before anything can fail
        connection.jetStream().publish(setup.subject, bytes("poison " + random.nextInt(1000)));
        String payload = new String(jsm.getMessage(setup.stream, 1).getData(), StandardCharsets.UTF_8);

        // A worker whose handler keeps crashing: it never acks, and it keeps asking for work. (nats-server
        // notices that a message is out of deliveries when it looks for one to deliver: on a pull.)
        AtomicInteger deliveries = new AtomicInteger();
        MessageConsumer crashingWorker = setup.consumer.consume(message -> deliveries.incrementAndGet());

        MessageInfo dead = awaitDeadLetter(jsm, setup, "Exercise 5.14: after 2 deliveries the server's advisory moves the message to the DLQ");
        assertThat(new String(dead.getData(), StandardCharsets.UTF_8)).as("Exercise 5.14: the original payload" + README).isEqualTo(payload);
        assertThat(dead.getHeaders().getFirst(DeadLetterQueue.REASON)).as("Exercise 5.14: why" + README).isEqualTo("max_deliveries");
        assertThat(dead.getHeaders().getFirst(DeadLetterQueue.ORIGINAL_SUBJECT)).isEqualTo(setup.subject);
        assertThat(dead.getHeaders().getFirst(DeadLetterQueue.ORIGINAL_SEQUENCE)).isEqualTo("1");
        assertThat(deliveries.get()).as("MaxDeliver 2: delivered twice, never again").isEqualTo(2);
        crashingWorker.stop();
        connection.closeDispatcher(dlq);
    }

    @Test
    @DisplayName("5.14 a terminated message lands in the DLQ stream at once")
    void terminated(Connection connection, JetStreamManagement jsm, Random random) throws Exception {
        Setup setup = setup(connection, jsm, random);
        Dispatcher dlq = DeadLetterQueue.start(connection, setup.stream, "payments", setup.dlqSubject);
        connection.flush(Duration.ofSeconds(2));
        connection.jetStream().publish(setup.subject, bytes("not even json"));

        setup.consumer.next(Duration.ofSeconds(3)).term();

        MessageInfo dead = awaitDeadLetter(jsm, setup, "Exercise 5.14: the MSG_TERMINATED advisory moves the message to the DLQ");
        assertThat(dead.getHeaders().getFirst(DeadLetterQueue.REASON)).as("Exercise 5.14: why" + README).isEqualTo("terminated");
        assertThat(new String(dead.getData(), StandardCharsets.UTF_8)).isEqualTo("not even json");
        connection.closeDispatcher(dlq);
    }

    private static MessageInfo awaitDeadLetter(JetStreamManagement jsm, Setup setup, String expectation) throws Exception {
        await().alias(expectation + README).atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> jsm.getStreamInfo(setup.dlqStream).getStreamState().getMsgCount() == 1);
        return jsm.getMessage(setup.dlqStream, 1);
    }

    private Setup setup(Connection connection, JetStreamManagement jsm, Random random) throws Exception {
        String root = "pay" + random.nextInt(1000);
        String stream = streams.name(random, "PAYMENTS");
        String dlqStream = streams.name(random, "DLQ");
        createStream(jsm, stream, root + ".requested");
        createStream(jsm, dlqStream, "dlq." + root + ".>");
        ConsumerContext consumer = connection.getStreamContext(stream).createOrUpdateConsumer(ConsumerConfiguration.builder()
                .durable("payments").ackWait(Duration.ofMillis(300)).maxDeliver(2).build());
        return new Setup(stream, root + ".requested", dlqStream, "dlq." + root + ".payments", consumer);
    }

    private record Setup(String stream, String subject, String dlqStream, String dlqSubject, ConsumerContext consumer) {
    }
}

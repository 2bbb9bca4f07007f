package workshop.step05.use;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static workshop.step05.use.DurableConsumersTest.bytes;
import static workshop.step05.use.DurableConsumersTest.createStream;

import io.nats.client.Connection;
import io.nats.client.ConsumerContext;
import io.nats.client.Dispatcher;
import io.nats.client.JetStreamManagement;
import io.nats.client.MessageConsumer;
import io.nats.client.Subscription;
import io.nats.client.api.ConsumerConfiguration;
import io.nats.client.api.MessageInfo;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServer;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

/** Exercise 5.14: a dead-letter queue from the MAX_DELIVERIES and MSG_TERMINATED advisories. */
@NatsServerTest
class DeadLetterQueueTest {

    private static final Exercise EXERCISE = Exercise.of("5.14");
    /** The consumer's MaxDeliver: how many deliveries, the first one included, before the server gives up. */
    private static final int MAX_DELIVER = 2;

    private static final Duration ACK_WAIT = Duration.ofMillis(300);

    @Test
    @DisplayName("5.14 a message delivered MaxDeliver times without an ack lands in the DLQ stream, with its story")
    void maxDeliveries(Connection connection, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        Setup setup = setup(connection, jsm, resources, random);
        Dispatcher dlq = DeadLetterQueue.start(connection, setup.stream, "payments", setup.dlqSubject);
        connection.flush(Duration.ofSeconds(2)); // the advisory subscriptions are in place before anything can fail
        connection.jetStream().publish(setup.subject, bytes("poison " + random.nextInt(1000)));
        String payload = new String(jsm.getMessage(setup.stream, 1).getData(), StandardCharsets.UTF_8);

        // A worker whose handler keeps crashing: it never acks, and it keeps asking for work. (nats-server
        // notices that a message is out of deliveries when a pull is waiting; see the next two tests.)
        AtomicInteger deliveries = new AtomicInteger();
        MessageConsumer crashingWorker = setup.consumer.consume(message -> deliveries.incrementAndGet());

        MessageInfo dead = awaitDeadLetter(
                jsm,
                setup,
                EXERCISE.says("after %d deliveries the server's advisory moves the message to the DLQ", MAX_DELIVER));
        assertThat(new String(dead.getData(), StandardCharsets.UTF_8))
                .as(EXERCISE.says("the original payload"))
                .isEqualTo(payload);
        assertThat(dead.getHeaders())
                .as(EXERCISE.says("the dead letter carries headers saying why it died and where it came from (subject,"
                        + " stream sequence): the payload alone loses its story"))
                .isNotNull();
        assertThat(dead.getHeaders().getFirst(DeadLetterQueue.REASON))
                .as(EXERCISE.says("header %s says why: max_deliveries", DeadLetterQueue.REASON))
                .isEqualTo("max_deliveries");
        assertThat(dead.getHeaders().getFirst(DeadLetterQueue.ORIGINAL_SUBJECT))
                .as(EXERCISE.says("header %s names the subject it came from", DeadLetterQueue.ORIGINAL_SUBJECT))
                .isEqualTo(setup.subject);
        assertThat(dead.getHeaders().getFirst(DeadLetterQueue.ORIGINAL_SEQUENCE))
                .as(EXERCISE.says("header %s names its stream sequence", DeadLetterQueue.ORIGINAL_SEQUENCE))
                .isEqualTo("1");
        assertThat(deliveries.get())
                .as(EXERCISE.says("MaxDeliver %d: delivered %d times, never again", MAX_DELIVER, MAX_DELIVER))
                .isEqualTo(MAX_DELIVER);
        crashingWorker.stop();
        connection.closeDispatcher(dlq);
    }

    @Test
    @DisplayName(
            "5.14 MaxDeliver 1 and nobody pulling: the dead letter comes at the next pull up to 2.10.21, when AckWait runs out from 2.10.22")
    void maxDeliverOneWithNobodyPulling(
            NatsServer server, Connection connection, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        Setup setup = setup(connection, jsm, resources, random, 1);
        Dispatcher dlq = DeadLetterQueue.start(connection, setup.stream, "payments", setup.dlqSubject);
        connection.flush(Duration.ofSeconds(2));

        Subscription advisories = deliverAndStopPulling(connection, setup, random, 1);

        if (server.version().atLeast("2.10.22")) { // consumer.go checkPending: hasMaxDeliveries when AckWait runs out
            awaitDeadLetter(
                    jsm,
                    setup,
                    EXERCISE.says(
                            "nats-server %s announces the dead letter when AckWait runs out," + " with nobody pulling",
                            server.version()));
        } else { // 2.9.10 to 2.10.21: only getNextMsg notices it, and it runs for a waiting pull
            assertNothingUntilThePull(server, setup, advisories);
            awaitDeadLetter(
                    jsm,
                    setup,
                    EXERCISE.says("nats-server %s announces the dead letter at the next pull", server.version()));
        }
        connection.closeDispatcher(dlq);
    }

    @Test
    @DisplayName(
            "5.14 MaxDeliver 2 and nobody pulling: the dead letter comes at the next pull, on 2.9.10, 2.10.27 and 2.15.1 alike")
    void maxDeliverTwoWithNobodyPulling(
            NatsServer server, Connection connection, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        Setup setup = setup(connection, jsm, resources, random, 2);
        Dispatcher dlq = DeadLetterQueue.start(connection, setup.stream, "payments", setup.dlqSubject);
        connection.flush(Duration.ofSeconds(2));

        Subscription advisories = deliverAndStopPulling(connection, setup, random, 2);

        // From 2.10.22 checkPending compares the number of REdeliveries (1 here) with MaxDeliver (2): not yet.
        assertNothingUntilThePull(server, setup, advisories);
        awaitDeadLetter(
                jsm,
                setup,
                EXERCISE.says("nats-server %s announces the dead letter at the next pull", server.version()));
        connection.closeDispatcher(dlq);
    }

    /** Publishes one message and takes it {@code deliveries} times without acking it; then nobody pulls. */
    private static Subscription deliverAndStopPulling(Connection connection, Setup setup, Random random, int deliveries)
            throws Exception {
        Subscription advisories =
                connection.subscribe("$JS.EVENT.ADVISORY.CONSUMER.MAX_DELIVERIES." + setup.stream + ".payments");
        connection.flush(Duration.ofSeconds(2));
        connection.jetStream().publish(setup.subject, bytes("poison " + random.nextInt(1000)));
        for (int delivery = 1; delivery <= deliveries; delivery++) {
            assertThat(setup.consumer.next(Duration.ofSeconds(3)))
                    .as(EXERCISE.says("delivery %d of %d", delivery, deliveries))
                    .isNotNull();
        }
        return advisories;
    }

    /** No advisory while nobody pulls (four AckWaits); the next pull gets nothing and sets the advisory off. */
    private static void assertNothingUntilThePull(NatsServer server, Setup setup, Subscription advisories)
            throws Exception {
        assertThat(advisories.nextMessage(ACK_WAIT.multipliedBy(4)))
                .as(EXERCISE.says("nats-server %s announces nothing while nobody pulls", server.version()))
                .isNull();
        assertThat(setup.consumer.next(Duration.ofSeconds(1)))
                .as(EXERCISE.says("the next pull gets nothing: out of deliveries"))
                .isNull();
    }

    @Test
    @DisplayName("5.14 a terminated message lands in the DLQ stream at once")
    void terminated(Connection connection, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        Setup setup = setup(connection, jsm, resources, random);
        Dispatcher dlq = DeadLetterQueue.start(connection, setup.stream, "payments", setup.dlqSubject);
        connection.flush(Duration.ofSeconds(2));
        connection.jetStream().publish(setup.subject, bytes("not even json"));

        setup.consumer.next(Duration.ofSeconds(3)).term();

        MessageInfo dead = awaitDeadLetter(
                jsm,
                setup,
                EXERCISE.says(
                        "the MSG_TERMINATED advisory moves the message to the DLQ: a term is a dead letter too, not only"
                                + " MAX_DELIVERIES"));
        assertThat(dead.getHeaders())
                .as(EXERCISE.says("the dead letter carries headers saying why it died and where it came from (subject,"
                        + " stream sequence): the payload alone loses its story"))
                .isNotNull();
        assertThat(dead.getHeaders().getFirst(DeadLetterQueue.REASON))
                .as(EXERCISE.says("header %s says why: terminated", DeadLetterQueue.REASON))
                .isEqualTo("terminated");
        assertThat(new String(dead.getData(), StandardCharsets.UTF_8))
                .as(EXERCISE.says("the original payload"))
                .isEqualTo("not even json");
        connection.closeDispatcher(dlq);
    }

    private static MessageInfo awaitDeadLetter(JetStreamManagement jsm, Setup setup, String expectation)
            throws Exception {
        await().alias(expectation)
                .atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> jsm.getStreamInfo(setup.dlqStream).getStreamState().getMsgCount() == 1);
        return jsm.getMessage(setup.dlqStream, 1);
    }

    private Setup setup(Connection connection, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        return setup(connection, jsm, resources, random, MAX_DELIVER);
    }

    private Setup setup(
            Connection connection, JetStreamManagement jsm, TestResources resources, Random random, int maxDeliver)
            throws Exception {
        String root = "pay" + random.nextInt(1000);
        String stream = resources.stream("PAYMENTS");
        String dlqStream = resources.stream("DLQ");
        createStream(jsm, stream, root + ".requested");
        createStream(jsm, dlqStream, "dlq." + root + ".>");
        ConsumerContext consumer = connection
                .getStreamContext(stream)
                .createOrUpdateConsumer(ConsumerConfiguration.builder()
                        .durable("payments")
                        .ackWait(ACK_WAIT)
                        .maxDeliver(maxDeliver)
                        .build());
        return new Setup(stream, root + ".requested", dlqStream, "dlq." + root + ".payments", consumer);
    }

    private record Setup(
            String stream, String subject, String dlqStream, String dlqSubject, ConsumerContext consumer) {}
}

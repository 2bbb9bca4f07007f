package workshop.step07.use;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchException;

import io.nats.client.Connection;
import io.nats.client.ConsumerContext;
import io.nats.client.JetStream;
import io.nats.client.JetStreamManagement;
import io.nats.client.Message;
import io.nats.client.PublishOptions;
import io.nats.client.api.AckPolicy;
import io.nats.client.api.ConsumerConfiguration;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.step07.given.Order;
import workshop.step07.given.OrderWorker;
import workshop.step07.given.ProcessedOrders;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServer;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

/** Exercise 7.6: an idempotent consumer with double acks. Fault (b): consumers that die before acking. */
@NatsServerTest
class IdempotentOrderHandlerTest {

    private static final Exercise EXERCISE = Exercise.of("7.6");
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(1);

    @Test
    @DisplayName("7.6 a new order is shipped and acknowledged with ackSync, so the server confirmed the ack")
    void shipsAndAcksSync(Connection connection, JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("ORDERS_SYNC");
        String subject = "orders" + random.nextInt(1000) + ".sync";
        createStreamAndConsumer(management, stream, subject, Duration.ofSeconds(30));
        Order order = new Order("sync-" + random.nextInt(10_000), 1 + random.nextInt(9));
        connection.jetStream().publish(subject, order.toBytes());
        Message message = connection.getConsumerContext(stream, "shipping").next(Duration.ofSeconds(2));
        var shipments = new FaultKit.Shipments();
        List<String> ackCalls = Collections.synchronizedList(new ArrayList<>());

        new IdempotentOrderHandler(new ProcessedOrders(), shipments, ACK_TIMEOUT)
                .handle(FaultKit.recordingAcks(message, ackCalls));

        assertThat(shipments.ids())
                .as(EXERCISE.says("the new order %s is shipped once", order.id()))
                .containsExactly(order.id());
        assertThat(ackCalls)
                .as(EXERCISE.says("the message is acknowledged with ackSync (the double ack), once"))
                .containsExactly("ackSync");
        assertThat(management.getConsumerInfo(stream, "shipping").getNumAckPending())
                .as(EXERCISE.says("when handle() returns, the server has the ack"))
                .isZero();
    }

    @Test
    @DisplayName("7.6 an order that was shipped before is acknowledged again but not shipped again")
    void repeatIsNotShipped(
            Connection connection, JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("ORDERS_REPEAT");
        String subject = "orders" + random.nextInt(1000) + ".repeat";
        createStreamAndConsumer(management, stream, subject, Duration.ofSeconds(30));
        Order order = new Order("repeat-" + random.nextInt(10_000), 2);
        connection.jetStream().publish(subject, order.toBytes());
        Message redelivered = connection.getConsumerContext(stream, "shipping").next(Duration.ofSeconds(2));
        var processed = new ProcessedOrders();
        processed.markIfNew(order.id()); // shipped by a consumer that died before its ack reached the server
        var shipments = new FaultKit.Shipments();
        List<String> ackCalls = Collections.synchronizedList(new ArrayList<>());

        new IdempotentOrderHandler(processed, shipments, ACK_TIMEOUT)
                .handle(FaultKit.recordingAcks(redelivered, ackCalls));

        assertThat(shipments.ids())
                .as(EXERCISE.says("order %s was shipped before: it is not shipped again", order.id()))
                .isEmpty();
        assertThat(ackCalls)
                .as(EXERCISE.says("a repeat is still acknowledged with ackSync, or it comes back forever"))
                .containsExactly("ackSync");
    }

    @Test
    @DisplayName("7.6 an order whose shipping failed is not recorded as processed, so it is shipped when it comes back")
    void failedShippingComesBack(
            Connection connection, JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("ORDERS_DOWN");
        String subject = "orders" + random.nextInt(1000) + ".down";
        createStreamAndConsumer(management, stream, subject, Duration.ofMillis(300));
        Order order = new Order("down-" + random.nextInt(10_000), 3);
        connection.jetStream().publish(subject, order.toBytes());
        ConsumerContext consumer = connection.getConsumerContext(stream, "shipping");
        var processed = new ProcessedOrders();
        var shipments = new FaultKit.Shipments();
        RuntimeException shippingDown = new IllegalStateException("the shipping service is down, just this once");
        AtomicBoolean down = new AtomicBoolean(true);
        var handler = new IdempotentOrderHandler(
                processed,
                shipped -> {
                    if (down.getAndSet(false)) {
                        throw shippingDown;
                    }
                    shipments.accept(shipped);
                },
                ACK_TIMEOUT);

        Exception failure = catchException(() -> handler.handle(consumer.next(Duration.ofSeconds(2))));

        assertThat(failure)
                .as(EXERCISE.says("the shipping failure reaches the caller, so the message is not acknowledged"))
                .isSameAs(shippingDown);
        assertThat(processed.contains(order.id()))
                .as(EXERCISE.says(
                        "order %s was not shipped, so it must not be recorded as processed: ship first, then record"
                                + " (the other way round, a crash between the two loses the order)",
                        order.id()))
                .isFalse();
        Message redelivered = consumer.next(Duration.ofSeconds(3)); // AckWait 300 ms: it comes back
        handler.handle(redelivered);
        assertThat(shipments.ids())
                .as(EXERCISE.says("the order is shipped when it comes back"))
                .containsExactly(order.id());
        assertThat(processed.contains(order.id()))
                .as(EXERCISE.says("and recorded after shipping"))
                .isTrue();
    }

    @Test
    @DisplayName(
            "7.6 fault (b): consumers die after shipping and before acking, and still every order is shipped exactly once")
    void consumersDieBeforeAcking(
            NatsServer server,
            Connection connection,
            JetStreamManagement management,
            TestResources resources,
            Random random)
            throws Exception {
        String stream = resources.stream("ORDERS_B");
        String subject = "orders" + random.nextInt(1000) + ".b";
        createStreamAndConsumer(management, stream, subject, Duration.ofMillis(400));
        List<Order> orders = FaultKit.orders("b", 120, random);
        Set<String> crashOnFirstDelivery = FaultKit.crashOnFirstDelivery(orders, random, 0.08);
        var processed = new ProcessedOrders();
        var run = new PipelineRun("fault (b) consumers die before acking", orders, stream, "shipping");
        var handler = new IdempotentOrderHandler(processed, run.shipments(), ACK_TIMEOUT);
        OrderWorker.Processor dyingSometimes = message -> {
            boolean dies = crashOnFirstDelivery.remove(
                    Order.fromBytes(message.getData()).id());
            handler.handle(dies ? FaultKit.dyingOnAck(message) : message);
        };
        JetStream jetStream = connection.jetStream();

        PipelineRun.Verdict verdict = run.run(
                management,
                published -> {
                    for (Order order : orders) {
                        jetStream.publish(
                                subject,
                                order.toBytes(),
                                PublishOptions.builder().messageId(order.id()).build());
                        published.incrementAndGet();
                    }
                },
                server::connect,
                dyingSometimes,
                () -> {},
                EXERCISE);

        assertThat(verdict.workerStarts())
                .as(EXERCISE.says("the test really killed consumers"))
                .isGreaterThan(1);
        assertThat(verdict.shipped().duplicated())
                .as(EXERCISE.says(
                        "an order whose ack never arrived is redelivered:"
                                + " ship it only if `processed` does not know it yet; %s",
                        verdict.shipped()))
                .isZero();
        assertThat(verdict.shipped().lost())
                .as(EXERCISE.says("no order is lost; %s", verdict.shipped()))
                .isZero();
        assertThat(verdict.shipped().unexpected())
                .as(EXERCISE.says("nothing unexpected is shipped; %s", verdict.shipped()))
                .isZero();
    }

    private static void createStreamAndConsumer(
            JetStreamManagement management, String stream, String subject, Duration ackWait) throws Exception {
        management.addStream(StreamConfiguration.builder()
                .name(stream)
                .subjects(subject)
                .storageType(StorageType.Memory)
                .build());
        management.addOrUpdateConsumer(
                stream,
                ConsumerConfiguration.builder()
                        .durable("shipping")
                        .ackPolicy(AckPolicy.Explicit)
                        .ackWait(ackWait)
                        .build());
    }
}

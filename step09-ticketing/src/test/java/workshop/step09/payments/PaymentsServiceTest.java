package workshop.step09.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import io.nats.client.Connection;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.step09.bus.EventBus;
import workshop.step09.bus.ListenerSettings;
import workshop.step09.bus.ServiceContext;
import workshop.step09.events.EventCodec;
import workshop.step09.events.EventType;
import workshop.step09.events.OrderCancelled;
import workshop.step09.events.OrderCreated;
import workshop.step09.events.PaymentCreated;
import workshop.step09.events.TicketingEvent;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

/**
 * Exercise 9.11: payments keeps the orders it may charge from their events, in version order, and
 * charges only those. The test publishes order events as the orders service would and calls
 * {@code charge} as a buyer's request would.
 */
@NatsServerTest
class PaymentsServiceTest {

    private static final Exercise EXERCISE = Exercise.of("9.11");
    private static final ListenerSettings SETTINGS =
            new ListenerSettings(Duration.ofSeconds(5), 3, Duration.ofMillis(200));
    private static final Duration WAIT = Duration.ofSeconds(2);

    @Test
    @DisplayName("9.11 charge refuses an order payments has never heard of, and says so")
    void refusesAnUnknownOrder(Connection connection, TestResources resources, Random random) throws Exception {
        ServiceContext context = context(connection, resources, random);
        try (var service = new PaymentsService(context, SETTINGS)) {
            String orderId = "o" + random.nextInt(1_000_000);

            Throwable refused = catchThrowable(() -> service.charge(orderId));

            assertThat(refused)
                    .as(EXERCISE.says(
                            "charging an order payments has no OrderCreated for is refused, naming it unknown"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(orderId)
                    .hasMessageContaining("unknown");
        }
    }

    @Test
    @DisplayName("9.11 charge publishes a PaymentCreated for an order payments knows, and returns it")
    void chargesAKnownOrder(
            Connection connection, JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        ServiceContext context = context(connection, resources, random);
        try (var service = new PaymentsService(context, SETTINGS)) {
            service.start();
            OrderCreated order = order(random);
            publish(context, EventType.ORDER_CREATED, order);
            awaitHeld(service, order.orderId(), 0, false);

            PaymentCreated payment = service.charge(order.orderId());

            assertThat(payment.orderId())
                    .as(EXERCISE.says("the payment is for the order charged"))
                    .isEqualTo(order.orderId());
            var stored = management.getLastMessage(
                    context.bus().stream(), context.bus().subjectOf(EventType.PAYMENT_CREATED));
            assertThat(context.codec().decode(stored.getData(), EventType.PAYMENT_CREATED))
                    .as(EXERCISE.says("the PaymentCreated returned is the one published on the bus"))
                    .isEqualTo(payment);
        }
    }

    @Test
    @DisplayName("9.11 a cancelled order is refused, even when its OrderCancelled came before its OrderCreated")
    void refusesACancelledOrder(Connection connection, TestResources resources, Random random) throws Exception {
        ServiceContext context = context(connection, resources, random);
        try (var service = new PaymentsService(context, SETTINGS)) {
            service.start();
            OrderCreated order = order(random);
            // the two kinds go to two consumers: nothing keeps the cancellation behind the creation
            publish(context, EventType.ORDER_CANCELLED, new OrderCancelled(order.orderId(), order.ticketId(), 1));
            String cancellations = service.listeners().get(1).durableName();
            await().atMost(WAIT)
                    .until(() -> connection
                                    .jetStreamManagement()
                                    .getConsumerInfo(context.bus().stream(), cancellations)
                                    .getDelivered()
                                    .getStreamSequence()
                            >= 1);
            publish(context, EventType.ORDER_CREATED, order);

            awaitHeld(service, order.orderId(), 1, true);
            Throwable refused = catchThrowable(() -> service.charge(order.orderId()));

            assertThat(refused)
                    .as(EXERCISE.says("charging a cancelled order is refused, saying it was cancelled"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("cancelled");
        }
    }

    @Test
    @DisplayName("9.11 an event payments already holds changes nothing and is done, not retried into the dead letters")
    void anOldEventIsDone(Connection connection, JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        ServiceContext context = context(connection, resources, random);
        try (var service = new PaymentsService(context, SETTINGS)) {
            service.start();
            OrderCreated order = order(random);
            publish(context, EventType.ORDER_CREATED, order);
            publish(context, EventType.ORDER_CANCELLED, new OrderCancelled(order.orderId(), order.ticketId(), 1));
            awaitHeld(service, order.orderId(), 1, true);

            publish(context, EventType.ORDER_CREATED, order); // again, as a redelivery after a lost ack

            await().alias(EXERCISE.says("payments settles the OrderCreated that came again"))
                    .atMost(WAIT)
                    .until(() -> service.listeners().stream().allMatch(listener -> {
                        try {
                            var info = management.getConsumerInfo(context.bus().stream(), listener.durableName());
                            return info.getNumAckPending() == 0 && info.getNumPending() == 0;
                        } catch (Exception e) {
                            return false;
                        }
                    }));
            boolean deadLetter = hasMessage(management, context, context.bus().deadLetterSubject(context.name()));
            assertThat(deadLetter)
                    .as(EXERCISE.says(
                            "version 0 of an order payments holds at version 1 is applied already: DONE. NOT_YET would"
                                    + " bring it back until MaxDeliver, then to the dead letters"))
                    .isFalse();
            assertThat(service.find(order.orderId()))
                    .as(
                            EXERCISE.says(
                                    "and it changes nothing: the order stays cancelled, at version 1 (an event applies on top of v-1 only)"))
                    .contains(new PaymentsService.Order(order.orderId(), 1, true));
        }
    }

    private static void awaitHeld(PaymentsService service, String orderId, long version, boolean cancelled) {
        await().alias(EXERCISE.says(
                        "payments holds order %s at version %d%s once its events came, whichever came first: apply"
                                + " version v on top of v-1 only, answer NOT_YET for one that comes too early",
                        orderId, version, cancelled ? ", cancelled," : ""))
                .atMost(WAIT)
                .until(() -> service.find(orderId)
                        .filter(o -> o.version() == version && o.cancelled() == cancelled)
                        .isPresent());
    }

    private static ServiceContext context(Connection connection, TestResources resources, Random random)
            throws Exception {
        EventBus bus = new EventBus(
                resources.stream("TICKETING"), "ticketing" + random.nextInt(100_000), Duration.ofMinutes(1));
        return new ServiceContext(PaymentsService.NAME, connection, bus, new EventCodec());
    }

    private static OrderCreated order(Random random) {
        return new OrderCreated(
                "o" + random.nextInt(1_000_000),
                "t" + random.nextInt(1000),
                "buyer-" + random.nextInt(100),
                1000 + random.nextInt(9000),
                Instant.now().plusSeconds(900),
                0);
    }

    /** Publishes as a test does: no message id, so a second copy is stored too. */
    private static <E extends TicketingEvent> void publish(ServiceContext context, EventType<E> type, E event)
            throws Exception {
        context.connection()
                .jetStream()
                .publish(context.bus().subjectOf(type), context.codec().encode(event));
    }

    private static boolean hasMessage(JetStreamManagement management, ServiceContext context, String subject)
            throws Exception {
        try {
            management.getLastMessage(context.bus().stream(), subject);
            return true;
        } catch (JetStreamApiException none) {
            return false;
        }
    }
}

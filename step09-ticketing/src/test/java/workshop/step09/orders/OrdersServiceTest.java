package workshop.step09.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.nats.client.Connection;
import io.nats.client.JetStreamManagement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.step09.bus.Listener;
import workshop.step09.bus.ListenerSettings;
import workshop.step09.bus.ServiceContext;
import workshop.step09.events.EventType;
import workshop.step09.events.ExpirationComplete;
import workshop.step09.events.OrderCancelled;
import workshop.step09.events.OrderCreated;
import workshop.step09.events.PaymentCreated;
import workshop.step09.events.TicketCreated;
import workshop.step09.events.TicketUpdated;
import workshop.step09.testing.BusProbe;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

/**
 * Exercise 9.8: the orders service. The test plays the tickets, expiration and payments services:
 * it publishes their events on the bus and reads the order events the service publishes.
 */
@NatsServerTest
class OrdersServiceTest {

    private static final Exercise EXERCISE = Exercise.of("9.8");
    private static final ListenerSettings SETTINGS =
            new ListenerSettings(Duration.ofSeconds(5), 20, Duration.ofMillis(200));
    private static final Duration WAIT = Duration.ofSeconds(3);

    @Test
    @DisplayName("9.8 create orders a free ticket: OrderCreated at version 0, at its price, expiring after the hold")
    void create(Connection connection, JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        BusProbe bus = BusProbe.of(connection, management, resources, random);
        Duration hold = Duration.ofMinutes(5 + random.nextInt(20));
        try (OrdersService orders = start(bus, hold)) {
            String ticketId = knownTicket(bus, orders, random);
            String buyer = "buyer-" + random.nextInt(1000);

            Instant before = Instant.now();
            Order order = orders.create(ticketId, buyer);
            Instant after = Instant.now();

            assertThat(order.status())
                    .as(EXERCISE.says("a new order is CREATED"))
                    .isEqualTo(OrderStatus.CREATED);
            assertThat(order.expiresAt())
                    .as(EXERCISE.says("the order expires after the hold (%s), counted from now", hold))
                    .isBetween(before.plus(hold), after.plus(hold));
            assertThat(bus.last(EventType.ORDER_CREATED))
                    .as(EXERCISE.says(
                            "create publishes OrderCreated, version 0, at the ticket's price as the copy has it"))
                    .contains(new OrderCreated(
                            order.id(), ticketId, buyer, priceOf(orders, ticketId), order.expiresAt(), 0));
            assertThat(orders.find(order.id()))
                    .as(EXERCISE.says("find returns the order just made"))
                    .contains(order);
        }
    }

    @Test
    @DisplayName("9.8 create refuses a ticket the replica does not know, one reserved, and one it just ordered")
    void refusals(Connection connection, JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        BusProbe bus = BusProbe.of(connection, management, resources, random);
        try (OrdersService orders = start(bus, Duration.ofMinutes(15))) {
            String unknown = "t-unknown-" + random.nextInt(1000);
            assertThat(catchThrowable(() -> orders.create(unknown, "buyer-1")))
                    .as(EXERCISE.says("a ticket the replica's copy does not know: NoSuchElementException"))
                    .isInstanceOf(java.util.NoSuchElementException.class);

            String reserved = knownTicket(bus, orders, random);
            bus.publish(
                    EventType.TICKET_UPDATED,
                    new TicketUpdated(reserved, "Show", priceOf(orders, reserved), "s1", "o-other", 1));
            await().atMost(WAIT).until(() -> orders.ticket(reserved).map(TicketCopy::version), Optional.of(1L)::equals);
            assertThat(catchThrowable(() -> orders.create(reserved, "buyer-2")))
                    .as(
                            EXERCISE.says(
                                    "a ticket the copy says is reserved (orderId set) cannot be ordered: IllegalStateException"))
                    .isInstanceOf(IllegalStateException.class);

            String free = knownTicket(bus, orders, random);
            orders.create(free, "buyer-3");
            assertThat(catchThrowable(() -> orders.create(free, "buyer-4")))
                    .as(EXERCISE.says(
                            "a ticket this replica just ordered is reserved too, before the tickets service says so:"
                                    + " an open order holds it (IllegalStateException)"))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(bus.count(EventType.ORDER_CREATED))
                    .as(EXERCISE.says("a refused order publishes nothing: one OrderCreated in all"))
                    .isEqualTo(1);
        }
    }

    @Test
    @DisplayName("9.8 an expired unpaid order is cancelled once: OrderCancelled at version 1, however often it expires")
    void expiration(Connection connection, JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        BusProbe bus = BusProbe.of(connection, management, resources, random);
        try (OrdersService orders = start(bus, Duration.ofMinutes(15))) {
            Order order = orders.create(knownTicket(bus, orders, random), "buyer-5");

            bus.publish(EventType.EXPIRATION_COMPLETE, new ExpirationComplete(order.id()));

            await().alias(EXERCISE.says("an unpaid order whose time is up is CANCELLED"))
                    .atMost(WAIT)
                    .until(
                            () -> orders.find(order.id()).map(Order::status),
                            Optional.of(OrderStatus.CANCELLED)::equals);
            await().alias(EXERCISE.says(
                            "the cancellation publishes OrderCancelled at the order's next version, 1 (with version 0"
                                    + " its message id is the OrderCreated's, and the stream drops it as a duplicate)"))
                    .atMost(WAIT)
                    .until(
                            () -> bus.last(EventType.ORDER_CANCELLED),
                            Optional.of(new OrderCancelled(order.id(), order.ticketId(), 1))::equals);

            bus.publish(EventType.EXPIRATION_COMPLETE, new ExpirationComplete(order.id())); // delivered again
            awaitSettled(bus, orders, EventType.EXPIRATION_COMPLETE);
            assertThat(bus.count(EventType.ORDER_CANCELLED))
                    .as(EXERCISE.says("an order already cancelled is not cancelled again: one OrderCancelled"))
                    .isEqualTo(1);
            assertThat(orders.find(order.id()).orElseThrow().version())
                    .as(EXERCISE.says("and its version stays 1"))
                    .isEqualTo(1);
        }
    }

    @Test
    @DisplayName("9.8 a paid order is complete: its expiration no longer cancels it")
    void payment(Connection connection, JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        BusProbe bus = BusProbe.of(connection, management, resources, random);
        try (OrdersService orders = start(bus, Duration.ofMinutes(15))) {
            Order order = orders.create(knownTicket(bus, orders, random), "buyer-6");

            bus.publish(EventType.PAYMENT_CREATED, new PaymentCreated("p" + random.nextInt(1000), order.id()));
            await().alias(EXERCISE.says("a paid order is COMPLETE"))
                    .atMost(WAIT)
                    .until(() -> orders.find(order.id()).map(Order::status), Optional.of(OrderStatus.COMPLETE)::equals);
            bus.publish(EventType.EXPIRATION_COMPLETE, new ExpirationComplete(order.id()));
            awaitSettled(bus, orders, EventType.EXPIRATION_COMPLETE);

            assertThat(orders.find(order.id()).map(Order::status))
                    .as(EXERCISE.says(
                            "a COMPLETE order stays complete when its time is up: only an unpaid one is cancelled"))
                    .contains(OrderStatus.COMPLETE);
            assertThat(bus.count(EventType.ORDER_CANCELLED))
                    .as(EXERCISE.says("a paid order's expiration publishes no OrderCancelled"))
                    .isEqualTo(0);
        }
    }

    @Test
    @DisplayName("9.8 two replicas: one cancels the expired order, and both then find it cancelled")
    void replicas(Connection connection, JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        BusProbe bus = BusProbe.of(connection, management, resources, random);
        try (OrdersService first = start(bus, Duration.ofMinutes(15));
                OrdersService second = start(bus, Duration.ofMinutes(15))) {
            String ticketId = knownTicket(bus, first, random);
            Order order = first.create(ticketId, "buyer-7");
            await().alias(EXERCISE.says("the other replica learns the order from its OrderCreated"))
                    .atMost(WAIT)
                    .until(() -> second.find(order.id()).isPresent());

            bus.publish(EventType.EXPIRATION_COMPLETE, new ExpirationComplete(order.id()));

            for (OrdersService replica : List.of(first, second)) {
                await().alias(EXERCISE.says(
                                "replica %s finds the order CANCELLED, whichever replica handled its expiration",
                                replica.replicaId()))
                        .atMost(WAIT)
                        .until(
                                () -> replica.find(order.id()).map(Order::status),
                                Optional.of(OrderStatus.CANCELLED)::equals);
            }
            assertThat(bus.count(EventType.ORDER_CANCELLED))
                    .as(EXERCISE.says("one replica decided: one OrderCancelled"))
                    .isEqualTo(1);
        }
    }

    /** Publishes a new ticket as the tickets service would, and waits until the replica's copy has it. */
    private static String knownTicket(BusProbe bus, OrdersService orders, Random random) throws Exception {
        String id = "t" + random.nextInt(1_000_000);
        bus.publish(EventType.TICKET_CREATED, new TicketCreated(id, "Show", 1000 + random.nextInt(9000), "s1", 0));
        await().alias(EXERCISE.says("the replica's copy of the tickets (9.7) gets the new ticket"))
                .atMost(WAIT)
                .until(() -> orders.ticket(id).isPresent());
        return id;
    }

    private static long priceOf(OrdersService orders, String ticketId) {
        return orders.ticket(ticketId).orElseThrow().priceCents();
    }

    private static OrdersService start(BusProbe bus, Duration hold) throws Exception {
        var orders = new OrdersService(
                new ServiceContext("orders", bus.connection(), bus.bus(), bus.codec()), SETTINGS, hold);
        orders.start();
        return orders;
    }

    private static void awaitSettled(BusProbe bus, OrdersService orders, EventType<?> type) {
        Listener<?> listener = orders.listeners().stream()
                .filter(l -> l.durableName().equals("orders-" + type.subject().replace('.', '-')))
                .findFirst()
                .orElseThrow(() -> new AssertionError(EXERCISE.says("the service listens to %s", type.subject())));
        await().alias(EXERCISE.says("the service handles every %s event and acknowledges it", type.subject()))
                .atMost(WAIT)
                .until(() -> bus.settled(listener));
    }

    /** Awaitility, polling often: the services answer within milliseconds. */
    private static ConditionFactory await() {
        return Awaitility.await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20));
    }
}

package workshop.step09.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.nats.client.Connection;
import io.nats.client.JetStreamManagement;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.step09.bus.Listener;
import workshop.step09.bus.ListenerSettings;
import workshop.step09.bus.ServiceContext;
import workshop.step09.events.EventType;
import workshop.step09.events.OrderCancelled;
import workshop.step09.events.OrderCreated;
import workshop.step09.events.TicketCreated;
import workshop.step09.events.TicketUpdated;
import workshop.step09.testing.BusProbe;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

/**
 * Exercise 9.6: the tickets service. The test plays the orders service: it publishes order events on
 * the bus and reads the ticket events the service publishes.
 */
@NatsServerTest
class TicketsServiceTest {

    private static final Exercise EXERCISE = Exercise.of("9.6");
    private static final ListenerSettings SETTINGS =
            new ListenerSettings(Duration.ofSeconds(5), 20, Duration.ofMillis(200));
    private static final Duration WAIT = Duration.ofSeconds(3);

    @Test
    @DisplayName("9.6 create keeps a free ticket at version 0 and publishes TicketCreated")
    void create(Connection connection, JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        BusProbe bus = BusProbe.of(connection, management, resources, random);
        try (TicketsService tickets = start(bus)) {
            String title = "Concert #" + random.nextInt(1000);
            long price = 1000 + random.nextInt(9000);

            Ticket ticket = tickets.create(title, price, "seller-1");

            assertThat(ticket)
                    .as(EXERCISE.says("create returns the new ticket: free, at version 0"))
                    .isEqualTo(new Ticket(ticket.id(), title, price, "seller-1", null, 0));
            assertThat(tickets.find(ticket.id()))
                    .as(EXERCISE.says("the service keeps the ticket it made: find returns it"))
                    .contains(ticket);
            assertThat(bus.last(EventType.TICKET_CREATED))
                    .as(EXERCISE.says("create publishes TicketCreated, version 0, so the other services learn it"))
                    .contains(new TicketCreated(ticket.id(), title, price, "seller-1", 0));
        }
    }

    @Test
    @DisplayName("9.6 update publishes the ticket's next version, with the new title and price")
    void update(Connection connection, JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        BusProbe bus = BusProbe.of(connection, management, resources, random);
        try (TicketsService tickets = start(bus)) {
            Ticket ticket = tickets.create("Play", 2000, "seller-2");
            long price = 2500 + random.nextInt(1000);

            Ticket first = tickets.update(ticket.id(), "Play, matinee", price);
            Ticket second = tickets.update(ticket.id(), "Play, evening", price + 100);

            assertThat(first.version())
                    .as(EXERCISE.says("an update is the ticket's next version: one more than before"))
                    .isEqualTo(1);
            assertThat(second)
                    .as(EXERCISE.says("a second update is version 2, with its own title and price"))
                    .isEqualTo(new Ticket(ticket.id(), "Play, evening", price + 100, "seller-2", null, 2));
            assertThat(tickets.find(ticket.id()))
                    .as(EXERCISE.says("find returns the ticket as the last update left it"))
                    .contains(second);
            assertThat(bus.last(EventType.TICKET_UPDATED))
                    .as(EXERCISE.says("each update publishes TicketUpdated with the ticket's new version"))
                    .contains(new TicketUpdated(ticket.id(), "Play, evening", price + 100, "seller-2", null, 2));
            assertThat(bus.count(EventType.TICKET_UPDATED))
                    .as(EXERCISE.says("one TicketUpdated per update"))
                    .isEqualTo(2);
        }
    }

    @Test
    @DisplayName("9.6 an order reserves its ticket, which cannot change then, and its cancellation frees it again")
    void reserveAndRelease(
            Connection connection, JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        BusProbe bus = BusProbe.of(connection, management, resources, random);
        try (TicketsService tickets = start(bus)) {
            Ticket ticket = tickets.create("Match", 4000, "seller-3");
            String orderId = "o" + random.nextInt(100_000);

            bus.publish(EventType.ORDER_CREATED, order(orderId, ticket));

            awaitVersion(tickets, ticket, 1, "the order reserves the ticket: its next version, held by the order");
            assertThat(tickets.find(ticket.id()).orElseThrow().orderId())
                    .as(EXERCISE.says("the reserved ticket names the order that holds it"))
                    .isEqualTo(orderId);
            assertThat(bus.last(EventType.TICKET_UPDATED))
                    .as(EXERCISE.says(
                            "reserving publishes TicketUpdated with the order, so the orders service learns it"))
                    .contains(new TicketUpdated(ticket.id(), "Match", 4000, "seller-3", orderId, 1));
            Throwable refused = catchThrowable(() -> tickets.update(ticket.id(), "Match, cheaper", 10));
            assertThat(refused)
                    .as(EXERCISE.says("a reserved ticket cannot change: update throws IllegalStateException"))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(tickets.find(ticket.id()).orElseThrow().version())
                    .as(EXERCISE.says("a refused update changes nothing"))
                    .isEqualTo(1);

            bus.publish(EventType.ORDER_CANCELLED, new OrderCancelled(orderId, ticket.id(), 1));

            awaitVersion(tickets, ticket, 2, "the order's cancellation releases the ticket: its next version");
            assertThat(bus.last(EventType.TICKET_UPDATED))
                    .as(EXERCISE.says("releasing publishes TicketUpdated without an order"))
                    .contains(new TicketUpdated(ticket.id(), "Match", 4000, "seller-3", null, 2));
            assertThat(tickets.update(ticket.id(), "Match, cheaper", 3000).version())
                    .as(EXERCISE.says("a released ticket can change again"))
                    .isEqualTo(3);
        }
    }

    @Test
    @DisplayName("9.6 an order event delivered twice reserves the ticket once: one version more, one TicketUpdated")
    void redeliveredOrder(Connection connection, JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        BusProbe bus = BusProbe.of(connection, management, resources, random);
        try (TicketsService tickets = start(bus)) {
            Ticket ticket = tickets.create("Opera", 9000, "seller-4");
            OrderCreated order = order("o" + random.nextInt(100_000), ticket);

            bus.publish(EventType.ORDER_CREATED, order);
            bus.publish(EventType.ORDER_CREATED, order); // the same event again, as after a lost ack

            awaitSettled(bus, tickets, EventType.ORDER_CREATED);
            assertThat(tickets.find(ticket.id()).orElseThrow().version())
                    .as(EXERCISE.says(
                            "the second delivery of the same order changes nothing: the ticket already has that"
                                    + " orderId, so it stays at version 1"))
                    .isEqualTo(1);
            assertThat(bus.count(EventType.TICKET_UPDATED))
                    .as(EXERCISE.says("one reservation, one TicketUpdated: the second delivery publishes none"))
                    .isEqualTo(1);
        }
    }

    @Test
    @DisplayName("9.6 another order for a reserved ticket, and its cancellation, leave the ticket with the first order")
    void anotherOrder(Connection connection, JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        BusProbe bus = BusProbe.of(connection, management, resources, random);
        try (TicketsService tickets = start(bus)) {
            Ticket ticket = tickets.create("Ballet", 5000, "seller-5");
            String first = "o" + random.nextInt(100_000);
            String second = first + "b";

            bus.publish(EventType.ORDER_CREATED, order(first, ticket));
            awaitVersion(tickets, ticket, 1, "the first order reserves the ticket");
            bus.publish(EventType.ORDER_CREATED, order(second, ticket));
            awaitSettled(bus, tickets, EventType.ORDER_CREATED);
            bus.publish(EventType.ORDER_CANCELLED, new OrderCancelled(second, ticket.id(), 1));
            awaitSettled(bus, tickets, EventType.ORDER_CANCELLED);

            assertThat(tickets.find(ticket.id()).orElseThrow())
                    .as(EXERCISE.says(
                            "the ticket stays reserved by the first order, at version 1: a second order does not take"
                                    + " a reserved ticket, and only the order that holds it releases it"))
                    .isEqualTo(new Ticket(ticket.id(), "Ballet", 5000, "seller-5", first, 1));
        }
    }

    private static OrderCreated order(String orderId, Ticket ticket) {
        return new OrderCreated(
                orderId, ticket.id(), "buyer-1", ticket.priceCents(), Instant.parse("2030-01-01T00:00:00Z"), 0);
    }

    private static TicketsService start(BusProbe bus) throws Exception {
        var tickets =
                new TicketsService(new ServiceContext("tickets", bus.connection(), bus.bus(), bus.codec()), SETTINGS);
        tickets.start();
        return tickets;
    }

    private static void awaitVersion(TicketsService tickets, Ticket ticket, long version, String why) {
        await().alias(EXERCISE.says("%s (version %d)", why, version))
                .atMost(WAIT)
                .until(() -> tickets.find(ticket.id()).map(Ticket::version).orElse(-1L) == version);
    }

    private static void awaitSettled(BusProbe bus, TicketsService tickets, EventType<?> type) {
        Listener<?> listener = tickets.listeners().stream()
                .filter(l -> l.durableName().endsWith(type.subject().replace('.', '-')))
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

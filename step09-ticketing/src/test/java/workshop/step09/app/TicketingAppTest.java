package workshop.step09.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.nats.client.Connection;
import io.nats.client.JetStreamManagement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.step09.bus.EventBus;
import workshop.step09.bus.ListenerSettings;
import workshop.step09.events.EventCodec;
import workshop.step09.events.EventType;
import workshop.step09.events.OrderCreated;
import workshop.step09.events.TicketUpdated;
import workshop.step09.orders.Order;
import workshop.step09.orders.OrderStatus;
import workshop.step09.orders.OrdersService;
import workshop.step09.payments.PaymentsService;
import workshop.step09.runtime.ServiceRunner;
import workshop.step09.tickets.Ticket;
import workshop.step09.tickets.TicketsService;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServer;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

/**
 * Exercise 9.15 and the proof of the whole step: the four services run side by side as four programs
 * would, a story runs through them, and {@link AppChecker} reads what the stream holds and what every
 * service ends with.
 */
@NatsServerTest
class TicketingAppTest {

    private static final Exercise EXERCISE = Exercise.of("9.15");
    private static final ListenerSettings SETTINGS =
            new ListenerSettings(Duration.ofSeconds(5), 5, Duration.ofMillis(100));
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    @DisplayName("9.15 the story: a ticket made and updated twice, one order expires and frees it, the next is paid")
    void story(NatsServer server, JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        EventBus bus = bus(resources, random);
        Duration hold = Duration.ofMillis(1500);
        try (TicketingApp app = TicketingApp.start(server.url(), bus, SETTINGS, hold, 0)) {
            TicketsService tickets = app.service(TicketingApp.TICKETS, TicketsService.class);
            OrdersService orders = app.service(TicketingApp.ORDERS, OrdersService.class);
            PaymentsService payments = app.service(TicketingApp.PAYMENTS, PaymentsService.class);

            Ticket ticket = tickets.create("Concert", 5000, "seller-1");
            tickets.update(ticket.id(), "Concert (new date)", 5500);
            tickets.update(ticket.id(), "Concert (new date)", 6000);
            waitFor(
                    "the orders service's copy of the ticket reaches version 2, the price 6000",
                    () -> orders.ticket(ticket.id())
                            .map(t -> t.version() == 2 && t.priceCents() == 6000)
                            .orElse(false));

            Order unpaid = orders.create(ticket.id(), "buyer-1");
            waitFor(
                    "the tickets service reserves the ticket for the first order (version 3)",
                    () -> tickets.find(ticket.id())
                            .map(t -> unpaid.id().equals(t.orderId()))
                            .orElse(false));
            waitFor(
                    "the unpaid order expires: the expiration service says so, and orders cancels it",
                    () -> orders.find(unpaid.id())
                            .map(o -> o.status() == OrderStatus.CANCELLED)
                            .orElse(false));
            waitFor(
                    "the cancelled order frees the ticket, and the orders copy sees it free (version 4)",
                    () -> orders.ticket(ticket.id())
                            .map(t -> t.version() == 4 && !t.reserved())
                            .orElse(false));

            Order paid = orders.create(ticket.id(), "buyer-2");
            waitFor(
                    "payments learns of the second order",
                    () -> payments.find(paid.id()).isPresent());
            payments.charge(paid.id());
            waitFor(
                    "the paid order is complete",
                    () -> orders.find(paid.id())
                            .map(o -> o.status() == OrderStatus.COMPLETE)
                            .orElse(false));
            waitFor(
                    "the ticket is reserved for the paid order (version 5), in both services",
                    () -> tickets.find(ticket.id()).map(t -> t.version() == 5).orElse(false)
                            && orders.ticket(ticket.id())
                                    .map(t -> t.version() == 5)
                                    .orElse(false));

            AppChecker checker = settle(management, bus, tickets, List.of(orders));
            assertThat(checker.counts().orders())
                    .as(EXERCISE.says("two orders were made"))
                    .isEqualTo(2);
            assertThat(checker.counts().cancelled())
                    .as(EXERCISE.says("one expired"))
                    .isEqualTo(1);
            assertThat(checker.counts().paid())
                    .as(EXERCISE.says("one was paid"))
                    .isEqualTo(1);
        }
    }

    @Test
    @DisplayName(
            "9.15 with faults: two orders replicas, one restarted mid-flow, updates late and doubled, orders redelivered")
    void faults(
            NatsServer server, Connection chaos, JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        EventBus bus = bus(resources, random);
        Duration hold = Duration.ofSeconds(2);
        List<ServiceRunner> replicas = new ArrayList<>();
        try (TicketingApp app = TicketingApp.start(server.url(), bus, SETTINGS, hold, 0)) {
            TicketsService tickets = app.service(TicketingApp.TICKETS, TicketsService.class);
            PaymentsService payments = app.service(TicketingApp.PAYMENTS, PaymentsService.class);
            OrdersService first = app.service(TicketingApp.ORDERS, OrdersService.class);
            replicas.add(ServiceRunner.start(
                    TicketingApp.ORDERS, server.url(), 0, bus, SETTINGS, (c, s) -> new OrdersService(c, s, hold)));
            OrdersService second = (OrdersService) replicas.getFirst().service();

            int count = 4 + random.nextInt(3);
            List<Ticket> made = new ArrayList<>();
            EventCodec codec = new EventCodec();
            for (int i = 0; i < count; i++) {
                Ticket ticket = tickets.create("Show " + i, 1000 + random.nextInt(9000), "seller-" + i);
                Ticket v1 = tickets.update(ticket.id(), "Show " + i, ticket.priceCents() + 100);
                tickets.update(ticket.id(), "Show " + i + " (moved)", ticket.priceCents() + 200);
                // chaos: version 1 again, late and without a message id, so the stream keeps this copy too
                chaos.jetStream()
                        .publish(
                                bus.subjectOf(EventType.TICKET_UPDATED),
                                codec.encode(new TicketUpdated(
                                        v1.id(),
                                        v1.title(),
                                        v1.priceCents(),
                                        v1.sellerId(),
                                        v1.orderId(),
                                        v1.version())));
                made.add(ticket);
            }
            for (OrdersService replica : List.of(first, second)) {
                waitFor(
                        "every orders replica's copy of every ticket reaches version 2, a late version 1 changing nothing",
                        () -> made.stream()
                                .allMatch(t -> replica.ticket(t.id())
                                        .map(c -> c.version() == 2)
                                        .orElse(false)));
            }

            List<Order> orders = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Order order = (i % 2 == 0 ? first : second).create(made.get(i).id(), "buyer-" + i);
                orders.add(order);
                // chaos: the order event delivered again, as after a lost ack: a copy without a message id
                chaos.jetStream()
                        .publish(
                                bus.subjectOf(EventType.ORDER_CREATED),
                                codec.encode(new OrderCreated(
                                        order.id(),
                                        order.ticketId(),
                                        order.buyerId(),
                                        order.priceCents(),
                                        order.expiresAt(),
                                        order.version())));
            }
            // the second replica stops mid-flow, before any order is due, and another takes its place
            replicas.getFirst().close();
            replicas.add(ServiceRunner.start(
                    TicketingApp.ORDERS, server.url(), 0, bus, SETTINGS, (c, s) -> new OrdersService(c, s, hold)));
            OrdersService restarted = (OrdersService) replicas.getLast().service();

            List<Order> toPay = new ArrayList<>();
            for (int i = 1; i < count; i += 2) {
                toPay.add(orders.get(i));
            }
            for (Order order : toPay) {
                waitFor(
                        "payments learns of order " + order.id(),
                        () -> payments.find(order.id()).isPresent());
                payments.charge(order.id());
            }
            for (OrdersService replica : List.of(first, restarted)) {
                waitFor(
                        "on every orders replica the paid orders are complete and the others expired and cancelled",
                        () -> orders.stream()
                                .allMatch(o -> replica.find(o.id())
                                        .map(held -> held.status()
                                                == (toPay.contains(o) ? OrderStatus.COMPLETE : OrderStatus.CANCELLED))
                                        .orElse(false)));
            }
            waitFor(
                    "the expired orders' tickets are free again, the paid ones' reserved, at version 4 or 3",
                    () -> orders.stream()
                            .allMatch(o -> tickets.find(o.ticketId())
                                    .map(t -> toPay.contains(o)
                                            ? o.id().equals(t.orderId()) && t.version() == 3
                                            : t.orderId() == null && t.version() == 4)
                                    .orElse(false)));

            AppChecker checker = settle(management, bus, tickets, List.of(first, restarted));
            assertThat(checker.counts().orders())
                    .as(EXERCISE.says("every order made once, none lost or doubled: %s", checker.counts()))
                    .isEqualTo(count);
            assertThat(checker.counts().copies())
                    .as(EXERCISE.says(
                            "the stream holds the late version 1s and the redelivered orders the test added, and the"
                                    + " services took them in their stride: %s",
                            checker.counts()))
                    .isGreaterThanOrEqualTo(2 * count);
        } finally {
            replicas.reversed().forEach(ServiceRunner::close);
        }
    }

    /** Waits until every replica agrees with the tickets service and the stream, then prints the counts. */
    private static AppChecker settle(
            JetStreamManagement management, EventBus bus, TicketsService tickets, List<OrdersService> replicas)
            throws Exception {
        var last = new java.util.concurrent.atomic.AtomicReference<AppChecker>();
        await().alias(EXERCISE.says(
                        "the services end where the stream says: %s",
                        (Object)
                                (last.get() == null
                                        ? "not read yet"
                                        : last.get().problems())))
                .atMost(WAIT)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    AppChecker checker =
                            AppChecker.read(management, bus).checkStream().checkTickets(tickets);
                    replicas.forEach(replica -> checker.checkReplica(replica, tickets));
                    last.set(checker);
                    return checker.problems().isEmpty();
                });
        System.out.println("[checker] " + last.get().counts() + "; " + replicas.size() + " orders replicas agree");
        return last.get();
    }

    private static void waitFor(String what, Callable<Boolean> condition) {
        await().alias(EXERCISE.says(what))
                .atMost(WAIT)
                .pollInterval(Duration.ofMillis(20))
                .until(condition);
    }

    private static EventBus bus(TestResources resources, Random random) throws Exception {
        return new EventBus(
                resources.stream("TICKETING"), "ticketing" + random.nextInt(100_000), Duration.ofMinutes(2));
    }
}

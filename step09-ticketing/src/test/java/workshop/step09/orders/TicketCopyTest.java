package workshop.step09.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.nats.client.Connection;
import io.nats.client.JetStreamManagement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.step09.bus.ListenerSettings;
import workshop.step09.bus.ServiceContext;
import workshop.step09.events.EventType;
import workshop.step09.events.TicketCreated;
import workshop.step09.events.TicketUpdated;
import workshop.step09.testing.BusProbe;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

/**
 * Exercise 9.7: an orders replica's copy of the tickets. The test plays the tickets service, and
 * publishes its events straight on the bus, in the order each test needs.
 */
@NatsServerTest
class TicketCopyTest {

    private static final Exercise EXERCISE = Exercise.of("9.7");
    private static final ListenerSettings SETTINGS =
            new ListenerSettings(Duration.ofSeconds(5), 30, Duration.ofMillis(200));
    private static final Duration WAIT = Duration.ofSeconds(3);

    @Test
    @DisplayName("9.7 updates that come out of order end at the latest version, with its data, never skipping one")
    void outOfOrder(Connection connection, JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        BusProbe bus = BusProbe.of(connection, management, resources, random);
        String id = "t" + random.nextInt(100_000);
        long price = 1000 + random.nextInt(1000);
        try (OrdersService orders = start(bus)) {
            bus.publish(EventType.TICKET_CREATED, new TicketCreated(id, "Gig", price, "s1", 0));
            bus.publish(EventType.TICKET_UPDATED, new TicketUpdated(id, "Gig, late show", price + 200, "s1", null, 2));
            await().alias(EXERCISE.says("the copy gets the new ticket at version 0"))
                    .atMost(WAIT)
                    .until(() -> orders.ticket(id).isPresent());
            await().alias(EXERCISE.says(
                            "version 2 came before version 1: the copy waits at version 0 (NOT_YET), it does not"
                                    + " skip version 1"))
                    .during(Duration.ofMillis(600))
                    .atMost(Duration.ofMillis(1500))
                    .until(() -> orders.ticket(id).map(TicketCopy::version), Optional.of(0L)::equals);

            bus.publish(EventType.TICKET_UPDATED, new TicketUpdated(id, "Gig, early show", price + 100, "s1", null, 1));

            await().alias(EXERCISE.says(
                            "once version 1 is applied, version 2 comes again and is applied on top: the copy ends at"
                                    + " version 2, with version 2's title and price"))
                    .atMost(WAIT)
                    .until(
                            () -> orders.ticket(id),
                            Optional.of(new TicketCopy(id, "Gig, late show", price + 200, null, 2))::equals);
        }
    }

    @Test
    @DisplayName("9.7 an update that comes before its ticket's TicketCreated waits for it")
    void updateBeforeCreated(
            Connection connection, JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        BusProbe bus = BusProbe.of(connection, management, resources, random);
        String id = "t" + random.nextInt(100_000);
        String orderId = "o" + random.nextInt(100_000);
        try (OrdersService orders = start(bus)) {
            bus.publish(EventType.TICKET_UPDATED, new TicketUpdated(id, "Fair", 700, "s1", orderId, 1));
            await().alias(EXERCISE.says("the copy knows the ticket only once its version 0 is there"))
                    .during(Duration.ofMillis(400))
                    .atMost(Duration.ofMillis(1200))
                    .until(() -> orders.ticket(id).isEmpty());

            bus.publish(EventType.TICKET_CREATED, new TicketCreated(id, "Fair", 700, "s1", 0));

            await().alias(EXERCISE.says(
                            "an update of a ticket the copy does not know yet is NOT_YET, not dropped: it comes again"
                                    + " after TicketCreated and the copy ends at version 1, reserved"))
                    .atMost(WAIT)
                    .until(() -> orders.ticket(id), Optional.of(new TicketCopy(id, "Fair", 700, orderId, 1))::equals);
        }
    }

    @Test
    @DisplayName("9.7 a duplicate of a version already applied changes nothing")
    void duplicate(Connection connection, JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        BusProbe bus = BusProbe.of(connection, management, resources, random);
        String id = "t" + random.nextInt(100_000);
        try (OrdersService orders = start(bus)) {
            bus.publish(EventType.TICKET_CREATED, new TicketCreated(id, "Expo", 1500, "s1", 0));
            bus.publish(EventType.TICKET_UPDATED, new TicketUpdated(id, "Expo, day 1", 1600, "s1", null, 1));
            await().alias(EXERCISE.says("the copy applies version 1"))
                    .atMost(WAIT)
                    .until(() -> orders.ticket(id).map(TicketCopy::version), Optional.of(1L)::equals);

            // a second version 1, that no correct tickets service sends: if it changes anything, it was applied
            bus.publish(EventType.TICKET_UPDATED, new TicketUpdated(id, "Expo, forged", 1, "s1", null, 1));
            await().alias(EXERCISE.says("the replica handles the duplicate and acknowledges it"))
                    .atMost(WAIT)
                    .until(() -> orders.listeners().stream()
                            .filter(l -> l.durableName().endsWith("tickets-updated"))
                            .allMatch(l -> bus.settledQuietly(l)));

            assertThat(orders.ticket(id))
                    .as(EXERCISE.says(
                            "a version the copy already holds is a duplicate (DONE, nothing changes): the copy keeps"
                                    + " the first version 1"))
                    .contains(new TicketCopy(id, "Expo, day 1", 1600, null, 1));
        }
    }

    @Test
    @DisplayName("9.7 two replicas of the orders service each keep a copy of every ticket")
    void everyReplicaGetsEveryTicket(
            Connection connection, JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        BusProbe bus = BusProbe.of(connection, management, resources, random);
        List<String> ids = new ArrayList<>();
        try (OrdersService first = start(bus);
                OrdersService second = start(bus)) {
            for (int i = 0; i < 10; i++) {
                String id = "t" + i + "-" + random.nextInt(100_000);
                bus.publish(EventType.TICKET_CREATED, new TicketCreated(id, "Show " + i, 100 + i, "s1", 0));
                ids.add(id);
            }

            for (OrdersService replica : List.of(first, second)) {
                await().alias(EXERCISE.says(
                                "replica %s knows all %d tickets: replicas sharing one consumer each get only part of"
                                        + " the events, so each replica's copy needs a consumer of its own",
                                replica.replicaId(), ids.size()))
                        .atMost(WAIT)
                        .until(() ->
                                ids.stream().allMatch(id -> replica.ticket(id).isPresent()));
            }
        }
    }

    private static OrdersService start(BusProbe bus) throws Exception {
        var orders =
                new OrdersService(new ServiceContext("orders", bus.connection(), bus.bus(), bus.codec()), SETTINGS);
        orders.start();
        return orders;
    }

    /** Awaitility, polling often: the services answer within milliseconds. */
    private static ConditionFactory await() {
        return Awaitility.await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20));
    }
}

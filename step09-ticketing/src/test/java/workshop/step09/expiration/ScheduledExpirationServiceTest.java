package workshop.step09.expiration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import io.nats.client.Connection;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.MessageInfo;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.step09.bus.EventBus;
import workshop.step09.bus.ListenerSettings;
import workshop.step09.bus.ServiceContext;
import workshop.step09.events.EventCodec;
import workshop.step09.events.EventType;
import workshop.step09.events.ExpirationComplete;
import workshop.step09.events.OrderCreated;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

/**
 * Exercise 9.10 (nats-server 2.12+, from exercises.json): the expiration service leaves the wait to
 * the server, one message schedule per order, and the server publishes each ExpirationComplete.
 */
@NatsServerTest
class ScheduledExpirationServiceTest {

    private static final Exercise EXERCISE = Exercise.of("9.10");
    private static final ListenerSettings SETTINGS =
            new ListenerSettings(Duration.ofSeconds(5), 3, Duration.ofMillis(200));

    @Test
    @DisplayName(
            "9.10 the server publishes each order's ExpirationComplete at its expiresAt; the service is done at once")
    void theServerExpiresEachOrder(
            Connection connection, JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        ServiceContext context = context(connection, resources, random, true);
        // the next whole second and some: a schedule read to the second only would fire early
        Instant first =
                Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(2).plusMillis(500 + random.nextInt(300));
        List<OrderCreated> orders = List.of(order(random, first), order(random, first.plusMillis(150)));
        String expired = context.bus().subjectOf(EventType.EXPIRATION_COMPLETE);
        try (var service = new ScheduledExpirationService(context, SETTINGS)) {
            service.start();
            for (OrderCreated order : orders) {
                context.connection()
                        .jetStream()
                        .publish(
                                context.bus().subjectOf(EventType.ORDER_CREATED),
                                context.codec().encode(order));
            }

            String durable = service.listeners().getFirst().durableName();
            await().alias(EXERCISE.says(
                            "the service is done with each OrderCreated as soon as its schedule is stored: the wait is"
                                    + " the server's, nothing waits in the consumer"))
                    .atMost(Duration.ofMillis(1200)) // the first order is due 1.5 s from now at the soonest
                    .until(() -> {
                        var info = management.getConsumerInfo(context.bus().stream(), durable);
                        return info.getNumAckPending() == 0 && info.getNumPending() == 0;
                    });
            List<MessageInfo> fired = await().alias(EXERCISE.says(
                            "the server publishes an ExpirationComplete on %s for each of the %d orders, at its"
                                    + " expiresAt: each order its own schedule, on its own subject (a schedule"
                                    + " replaces the one before it on its subject)",
                            expired, orders.size()))
                    .atMost(Duration.ofSeconds(5))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> all(management, context, expired), list -> list.size() >= orders.size());

            for (OrderCreated order : orders) {
                MessageInfo message = fired.stream()
                        .filter(m -> context.codec()
                                .decode(m.getData(), EventType.EXPIRATION_COMPLETE)
                                .equals(new ExpirationComplete(order.orderId())))
                        .findFirst()
                        .orElse(null);
                assertThat(message)
                        .as(EXERCISE.says(
                                "the schedule's payload is the order's ExpirationComplete, as the codec writes it:"
                                        + " the server publishes it as it is"))
                        .isNotNull();
                assertThat(message.getTime().toInstant())
                        .as(EXERCISE.says(
                                "order %s's ExpirationComplete is published at its expiresAt (%s), not before: the"
                                        + " schedule's @at is the expiresAt itself, to the fraction of a second",
                                order.orderId(), order.expiresAt()))
                        .isAfterOrEqualTo(order.expiresAt());
                assertThat(message.getHeaders().getFirst(ScheduledExpirationService.SCHEDULER))
                        .as(EXERCISE.says("published by the server for a schedule, which it names"))
                        .isNotBlank();
            }
        }
    }

    @Test
    @DisplayName("9.10 on a stream that runs no message schedules the service refuses to start, saying why")
    void refusesAStreamWithoutSchedules(Connection connection, TestResources resources, Random random)
            throws Exception {
        ServiceContext context = context(connection, resources, random, false);
        try (var service = new ScheduledExpirationService(context, SETTINGS)) {
            Throwable refused = catchThrowable(service::start);

            assertThat(refused)
                    .as(EXERCISE.says(
                            "the service refuses to start when the stream runs no message schedules (the bus did not"
                                    + " ask for them, or the server is older than 2.12): its schedules would be"
                                    + " stored and never fire. Ask StreamInfo's configuration"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("message schedules");
        }
    }

    private static ServiceContext context(
            Connection connection, TestResources resources, Random random, boolean schedules) throws Exception {
        EventBus bus = new EventBus(
                resources.stream("TICKETING"), "ticketing" + random.nextInt(100_000), Duration.ofMinutes(1));
        return new ServiceContext(
                ExpirationService.NAME, connection, schedules ? bus.withMessageSchedules() : bus, new EventCodec());
    }

    private static OrderCreated order(Random random, Instant expiresAt) {
        return new OrderCreated(
                "o" + random.nextInt(1_000_000),
                "t" + random.nextInt(1000),
                "buyer-" + random.nextInt(100),
                1000 + random.nextInt(9000),
                expiresAt,
                0);
    }

    /** Every message on {@code subject}, oldest first. */
    private static List<MessageInfo> all(JetStreamManagement management, ServiceContext context, String subject)
            throws Exception {
        List<MessageInfo> messages = new ArrayList<>();
        long sequence = 1;
        while (true) {
            try {
                MessageInfo next = management.getNextMessage(context.bus().stream(), sequence, subject);
                messages.add(next);
                sequence = next.getSeq() + 1;
            } catch (JetStreamApiException none) {
                return messages;
            }
        }
    }
}

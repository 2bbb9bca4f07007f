package workshop.step09.expiration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.nats.client.Connection;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.MessageInfo;
import io.nats.client.api.StreamInfoOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
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
 * Exercise 9.9: the expiration service holds each new order in its consumer until the order's time
 * is up, then publishes ExpirationComplete. The service runs as the program runs it; the test
 * publishes orders and reads what lands on the bus.
 */
@NatsServerTest
class ExpirationServiceTest {

    private static final Exercise EXERCISE = Exercise.of("9.9");
    /** MaxDeliver 3 with a 200 ms delay: a NOT_YET every 200 ms runs out of deliveries after 400 ms. */
    private static final ListenerSettings SETTINGS =
            new ListenerSettings(Duration.ofSeconds(5), 3, Duration.ofMillis(200));

    @Test
    @DisplayName("9.9 an order's ExpirationComplete comes once its time is up, not before, however long that is")
    void expiresWhenDue(Connection connection, TestResources resources, Random random) throws Exception {
        ServiceContext context = context(connection, resources, random);
        long holdMillis = 700 + random.nextInt(300); // longer than MaxDeliver's deliveries at the settings' delay
        try (var service = new ExpirationService(context, SETTINGS, Clock.systemUTC())) {
            service.start();
            OrderCreated order = order(random, Instant.now().plusMillis(holdMillis));
            publish(context, order);

            Landed landed = awaitExpirationOrDeadLetter(context, Duration.ofMillis(holdMillis + 3000));

            assertThat(landed.deadLetter())
                    .as(EXERCISE.says(
                            "the order (due in %d ms) went to the dead letters: a NOT_YET that comes again after the"
                                    + " settings' %d ms uses a delivery each time, and MaxDeliver (%d) ran out first."
                                    + " Wait the time left (notYetDelay): the wait then costs one delivery",
                            holdMillis, SETTINGS.notYetDelay().toMillis(), SETTINGS.maxDeliver()))
                    .isEmpty();
            MessageInfo expired = landed.expiration().orElseThrow();
            assertThat(context.codec().decode(expired.getData(), EventType.EXPIRATION_COMPLETE))
                    .as(EXERCISE.says("the event says which order expired"))
                    .isEqualTo(new ExpirationComplete(order.orderId()));
            assertThat(expired.getTime().toInstant())
                    .as(EXERCISE.says(
                            "ExpirationComplete is published once the order's expiresAt (%s) has passed, not before:"
                                    + " until then answer NOT_YET",
                            order.expiresAt()))
                    .isAfterOrEqualTo(order.expiresAt());
        }
    }

    @Test
    @DisplayName("9.9 whether an order's time is up is the service's clock's say")
    void byTheServicesClock(Connection connection, TestResources resources, Random random) throws Exception {
        ServiceContext context = context(connection, resources, random);
        Clock anHourAhead = Clock.offset(Clock.systemUTC(), Duration.ofHours(1));
        try (var service = new ExpirationService(context, SETTINGS, anHourAhead)) {
            service.start();
            // due in some minutes by the wall clock, long past by the service's
            OrderCreated order = order(random, Instant.now().plus(Duration.ofMinutes(5 + random.nextInt(50))));
            publish(context, order);

            Landed landed = awaitExpirationOrDeadLetter(context, Duration.ofSeconds(2));

            assertThat(landed.expiration())
                    .as(EXERCISE.says(
                            "by the service's clock (an hour ahead here) the order's time is up: ExpirationComplete at"
                                    + " once. Ask the clock the service was given, never Instant.now()%s",
                            landed.deadLetter().isPresent() ? "; it went to the dead letters instead" : ""))
                    .isPresent();
        }
    }

    @Test
    @DisplayName("9.9 an order that comes twice expires once: the second ExpirationComplete is a duplicate")
    void twiceExpiresOnce(Connection connection, JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        ServiceContext context = context(connection, resources, random);
        try (var service = new ExpirationService(context, SETTINGS, Clock.systemUTC())) {
            service.start();
            OrderCreated order = order(random, Instant.now().minusSeconds(1));
            publish(context, order); // twice, as a redelivery after a lost ack would hand it over again
            publish(context, order);

            String durable = service.listeners().getFirst().durableName();
            await().alias(EXERCISE.says("the service handles both copies of the OrderCreated and acknowledges them"))
                    .atMost(Duration.ofSeconds(2))
                    .until(() -> {
                        var info = management.getConsumerInfo(context.bus().stream(), durable);
                        return info.getNumAckPending() == 0 && info.getNumPending() == 0;
                    });
            assertThat(count(management, context, context.bus().subjectOf(EventType.EXPIRATION_COMPLETE)))
                    .as(EXERCISE.says(
                            "one ExpirationComplete is stored: publish it with its message id (the Publisher does),"
                                    + " so the second is acknowledged as a duplicate"))
                    .isEqualTo(1);
        }
    }

    /** What reached the bus: the order's ExpirationComplete, or a dead letter of the service. */
    private record Landed(Optional<MessageInfo> expiration, Optional<MessageInfo> deadLetter) {}

    private static Landed awaitExpirationOrDeadLetter(ServiceContext context, Duration atMost) {
        JetStreamManagement management = management(context);
        String expired = context.bus().subjectOf(EventType.EXPIRATION_COMPLETE);
        String dead = context.bus().deadLetterSubject(context.name());
        return await().alias(EXERCISE.says(
                        "ExpirationComplete is published on %s once the order's time is up (or the order goes to the"
                                + " dead letters)",
                        expired))
                .atMost(atMost)
                .pollInterval(Duration.ofMillis(50))
                .until(
                        () -> new Landed(last(management, context, expired), last(management, context, dead)),
                        landed -> landed.expiration().isPresent()
                                || landed.deadLetter().isPresent());
    }

    private static ServiceContext context(Connection connection, TestResources resources, Random random)
            throws Exception {
        EventBus bus = new EventBus(
                resources.stream("TICKETING"), "ticketing" + random.nextInt(100_000), Duration.ofMinutes(1));
        return new ServiceContext(ExpirationService.NAME, connection, bus, new EventCodec());
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

    /** Publishes as a test does: no message id, so a second copy is stored too. */
    private static void publish(ServiceContext context, OrderCreated order) throws Exception {
        context.connection()
                .jetStream()
                .publish(
                        context.bus().subjectOf(EventType.ORDER_CREATED),
                        context.codec().encode(order));
    }

    private static JetStreamManagement management(ServiceContext context) {
        try {
            return context.connection().jetStreamManagement();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Optional<MessageInfo> last(JetStreamManagement management, ServiceContext context, String subject)
            throws Exception {
        try {
            return Optional.of(management.getLastMessage(context.bus().stream(), subject));
        } catch (JetStreamApiException none) {
            return Optional.empty();
        }
    }

    private static long count(JetStreamManagement management, ServiceContext context, String subject) throws Exception {
        var state = management
                .getStreamInfo(context.bus().stream(), StreamInfoOptions.filterSubjects(subject))
                .getStreamState();
        return state.getSubjects().stream()
                .filter(s -> s.getName().equals(subject))
                .mapToLong(s -> s.getCount())
                .sum();
    }
}

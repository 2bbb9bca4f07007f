package workshop.step09.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import io.nats.client.Connection;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.AckPolicy;
import io.nats.client.api.ConsumerConfiguration;
import io.nats.client.api.DeliverPolicy;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import workshop.step09.events.EventCodec;
import workshop.step09.events.EventType;
import workshop.step09.events.TicketCreated;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

/** Exercise 9.5: one durable consumer per service and kind, shared by the service's replicas. */
@NatsServerTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the configuration first: its messages are the most specific
class DurableConsumerTest {

    private static final Exercise EXERCISE = Exercise.of("9.5");
    private static final ListenerSettings SETTINGS =
            new ListenerSettings(Duration.ofSeconds(7), 4, Duration.ofMillis(200));
    private static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    @DisplayName(
            "9.5 the consumer is durable by service and kind, on its kind's subject, explicit acks, the settings' limits")
    void configuration(Connection connection, Random random) {
        EventBus bus = new EventBus("TICKETING", "ticketing" + random.nextInt(1000), Duration.ofMinutes(1));
        var listener = new ScriptedListener(
                new ServiceContext("orders", connection, bus, new EventCodec()), SETTINGS, e -> Verdict.DONE);

        ConsumerConfiguration configuration = listener.consumerConfiguration();

        assertThat(configuration.getDurable())
                .as(EXERCISE.says(
                        "durable, under the listener's durableName, which every replica of the service shares"))
                .isEqualTo(listener.durableName());
        assertThat(configuration.getFilterSubject())
                .as(EXERCISE.says("only the listener's kind: its EventType's subject on the bus"))
                .isEqualTo(bus.subjectOf(EventType.TICKET_CREATED));
        assertThat(configuration.getAckPolicy())
                .as(EXERCISE.says("each event acknowledged on its own, when onEvent said DONE: explicit acks"))
                .isEqualTo(AckPolicy.Explicit);
        assertThat(configuration.getAckWait())
                .as(EXERCISE.says("the settings' AckWait"))
                .isEqualTo(SETTINGS.ackWait());
        assertThat(configuration.getMaxDeliver())
                .as(EXERCISE.says("the settings' MaxDeliver"))
                .isEqualTo(SETTINGS.maxDeliver());
        assertThat(configuration.getDeliverPolicy())
                .as(EXERCISE.says("from the stream's first event: a new service catches up on everything"))
                .isEqualTo(DeliverPolicy.All);
    }

    @Test
    @DisplayName("9.5 two replicas of a service share one consumer: each event is handled once, by one of them")
    void replicasShare(Connection connection, JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        ServiceContext orders = service(connection, management, resources, random);
        List<TicketCreated> events = publish(orders, random, 20);
        try (var first = new ScriptedListener(orders, SETTINGS, e -> Verdict.DONE);
                var second = new ScriptedListener(orders, SETTINGS, e -> Verdict.DONE)) {
            start(first);
            start(second);

            await().alias(EXERCISE.says("the two replicas together handle all %d events", events.size()))
                    .atMost(WAIT)
                    .until(() -> first.asked.size() + second.asked.size() >= events.size());

            assertThat(management.getConsumerNames(orders.bus().stream()))
                    .as(EXERCISE.says(
                            "the replicas share one consumer, named by the service and kind: a name of their own each"
                                    + " would give every replica every event"))
                    .containsExactly(first.durableName());
            List<TicketCreated> handled =
                    Stream.concat(first.asked.stream(), second.asked.stream()).toList();
            assertThat(handled)
                    .as(EXERCISE.says("every event once, by one replica or the other"))
                    .containsExactlyInAnyOrderElementsOf(events);
        }
    }

    @Test
    @DisplayName(
            "9.5 a service started again goes on from the first event it has not handled, and a new one from the start")
    void resumes(Connection connection, JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        ServiceContext orders = service(connection, management, resources, random);
        List<TicketCreated> before = publish(orders, random, 3); // published before the service ever ran
        try (var firstRun = new ScriptedListener(orders, SETTINGS, e -> Verdict.DONE)) {
            start(firstRun);
            await().alias(
                            EXERCISE.says(
                                    "a new service handles the events published before it started: deliver from the first event"))
                    .atMost(WAIT)
                    .until(() -> new HashSet<>(firstRun.asked).containsAll(before));
            awaitAllAcknowledged(management, orders, firstRun.durableName());
        }
        List<TicketCreated> whileDown = publish(orders, random, 2);
        try (var secondRun = new ScriptedListener(orders, SETTINGS, e -> Verdict.DONE)) {
            start(secondRun);
            await().alias(EXERCISE.says("started again, the service handles what was published while it was down"))
                    .atMost(WAIT)
                    .until(() -> new HashSet<>(secondRun.asked).containsAll(whileDown));
            awaitAllAcknowledged(management, orders, secondRun.durableName());
            assertThat(secondRun.asked)
                    .as(EXERCISE.says(
                            "and only that: the durable consumer remembers what the first run acknowledged (a consumer"
                                    + " without a durable name starts from nothing each time)"))
                    .containsExactlyInAnyOrderElementsOf(whileDown);
        }
    }

    private static void start(Listener<?> listener) {
        Throwable failure = catchThrowable(listener::start);
        assertThat(failure)
                .as(EXERCISE.says(
                        "start() makes the consumer from consumerConfiguration() and reads from it by durableName(): the"
                                + " consumer must be durable, under that name; it failed: %s",
                        failure))
                .isNull();
    }

    private static void awaitAllAcknowledged(JetStreamManagement management, ServiceContext service, String durable) {
        await().alias(EXERCISE.says("the consumer %s has every event acknowledged", durable))
                .atMost(WAIT)
                .until(() -> {
                    var info = management.getConsumerInfo(service.bus().stream(), durable);
                    return info.getNumAckPending() == 0 && info.getNumPending() == 0;
                });
    }

    private static ServiceContext service(
            Connection connection, JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        EventBus bus = new EventBus(
                resources.stream("TICKETING"), "ticketing" + random.nextInt(100_000), Duration.ofMinutes(1));
        management.addStream(StreamConfiguration.builder()
                .name(bus.stream())
                .subjects(bus.prefix() + ".>")
                .storageType(StorageType.Memory)
                .build());
        return new ServiceContext("orders", connection, bus, new EventCodec());
    }

    private static List<TicketCreated> publish(ServiceContext service, Random random, int count) throws Exception {
        List<TicketCreated> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            var event = new TicketCreated(
                    "t" + random.nextInt(1_000_000), "Show " + i, 1000 + random.nextInt(9000), "s1", 0);
            service.connection()
                    .jetStream()
                    .publish(
                            service.bus().subjectOf(EventType.TICKET_CREATED),
                            service.codec().encode(event));
            events.add(event);
        }
        return events;
    }
}

package workshop.step09.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.nats.client.Connection;
import io.nats.client.JetStreamManagement;
import io.nats.client.impl.Headers;
import io.nats.client.impl.NatsMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.step09.bus.EventBus;
import workshop.step09.bus.Listener;
import workshop.step09.bus.ListenerSettings;
import workshop.step09.bus.ServiceContext;
import workshop.step09.events.EventType;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;
import workshop.testkit.WrittenClass;

/**
 * Exercise 9.14: the dead-letter monitor, a class the learner writes whole. The test names it by its
 * name and uses it as the {@link DeadLetters} it must be.
 */
@NatsServerTest
class DeadLetterMonitorTest {

    private static final Exercise EXERCISE = Exercise.of("9.14");
    private static final String CLASS = "workshop.step09.monitor.DeadLetterMonitor";
    private static final ListenerSettings SETTINGS =
            new ListenerSettings(Duration.ofSeconds(5), 3, Duration.ofMillis(200));
    private static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    @DisplayName("9.14 the monitor keeps every service's dead letters: the service, the subject, why, and the data")
    void keepsThem(Connection connection, JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        EventBus bus = bus(resources, random);
        ServiceContext context = new ServiceContext("monitor", connection, bus, null);
        try (DeadLetters monitor = WrittenClass.instantiate(EXERCISE, CLASS, DeadLetters.class, context, SETTINGS)) {
            monitor.start(); // makes the stream too, as every service does
            DeadLetter before = deadLetter(connection, bus, "orders", random);
            DeadLetter after = deadLetter(connection, bus, "payments", random);

            await().alias(EXERCISE.says(
                            "the monitor reads every subject under %s and keeps each dead letter as it came",
                            bus.deadLetterSubject("*")))
                    .atMost(WAIT)
                    .until(() -> monitor.deadLetters().size() >= 2);
            assertThat(monitor.deadLetters())
                    .as(EXERCISE.says(
                            "both dead letters, in order: the service from the subject's last token, the original subject"
                                    + " and the failure from the headers, the data as UTF-8 text"))
                    .containsExactly(before, after);
            assertThat(monitor.name())
                    .as(EXERCISE.says("its name is the context's"))
                    .isEqualTo("monitor");
        }
    }

    @Test
    @DisplayName("9.14 only dead letters, and a monitor started again goes on where it was: durable, each acknowledged")
    void durable(Connection connection, JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        EventBus bus = bus(resources, random);
        ServiceContext context = new ServiceContext("monitor", connection, bus, null);
        DeadLetter first;
        try (DeadLetters monitor = WrittenClass.instantiate(EXERCISE, CLASS, DeadLetters.class, context, SETTINGS)) {
            monitor.start();
            connection.jetStream().publish(bus.subjectOf(EventType.TICKET_CREATED), "{}".getBytes());
            first = deadLetter(connection, bus, "tickets", random);
            await().alias(EXERCISE.says(
                            "the monitor keeps the dead letter, and no event: it reads the dead-letter subjects only"))
                    .atMost(WAIT)
                    .until(() -> !monitor.deadLetters().isEmpty());
            assertThat(monitor.deadLetters())
                    .as(EXERCISE.says(
                            "the ticket event on %s is no dead letter", bus.subjectOf(EventType.TICKET_CREATED)))
                    .containsExactly(first);
            await().alias(EXERCISE.says("the monitor acknowledges each dead letter it kept"))
                    .atMost(WAIT)
                    .until(() -> management.getConsumerNames(bus.stream()).stream()
                            .allMatch(name -> {
                                try {
                                    var info = management.getConsumerInfo(bus.stream(), name);
                                    return info.getNumAckPending() == 0 && info.getNumPending() == 0;
                                } catch (Exception e) {
                                    return false;
                                }
                            }));
        }
        DeadLetter whileDown = deadLetter(connection, bus, "orders", random);
        try (DeadLetters again = WrittenClass.instantiate(EXERCISE, CLASS, DeadLetters.class, context, SETTINGS)) {
            again.start();
            await().alias(EXERCISE.says("started again, the monitor gets the dead letter that came while it was down"))
                    .atMost(WAIT)
                    .until(() -> !again.deadLetters().isEmpty());
            assertThat(again.deadLetters())
                    .as(EXERCISE.says(
                            "and only that one: its durable consumer remembers that %s was acknowledged", first))
                    .containsExactly(whileDown);
        }
    }

    private static EventBus bus(TestResources resources, Random random) throws Exception {
        return new EventBus(
                resources.stream("TICKETING"), "ticketing" + random.nextInt(100_000), Duration.ofMinutes(1));
    }

    /** A dead letter as a listener of {@code service} writes it (see Listener.deadLetter). */
    private static DeadLetter deadLetter(Connection connection, EventBus bus, String service, Random random)
            throws Exception {
        String original = bus.subjectOf(EventType.ORDER_CREATED);
        String failure = "java.lang.IllegalStateException: gateway down #" + random.nextInt(1000);
        String data = "{\"orderId\":\"o" + random.nextInt(1000) + "\"}";
        connection
                .jetStream()
                .publish(NatsMessage.builder()
                        .subject(bus.deadLetterSubject(service))
                        .headers(new Headers()
                                .put(Listener.ORIGINAL_SUBJECT, original)
                                .put(Listener.FAILURE, failure))
                        .data(data.getBytes(StandardCharsets.UTF_8))
                        .build());
        return new DeadLetter(service, original, failure, data);
    }
}

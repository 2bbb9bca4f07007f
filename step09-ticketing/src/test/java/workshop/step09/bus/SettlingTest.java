package workshop.step09.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.nats.client.Connection;
import io.nats.client.ConsumerContext;
import io.nats.client.JetStreamManagement;
import io.nats.client.Message;
import io.nats.client.api.AckPolicy;
import io.nats.client.api.ConsumerConfiguration;
import io.nats.client.api.MessageInfo;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.step09.events.EventCodec;
import workshop.step09.events.EventType;
import workshop.step09.events.TicketCreated;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

/**
 * Exercise 9.4: settle each delivery. The test makes its own consumer and hands the listener one
 * message at a time, so it sees exactly what {@code settle} did with each.
 */
@NatsServerTest
class SettlingTest {

    private static final Exercise EXERCISE = Exercise.of("9.4");
    private static final Duration ACK_WAIT = Duration.ofSeconds(10); // longer than any test waits
    private static final Duration NOT_YET_DELAY = Duration.ofMillis(400);
    private static final Duration WAIT = Duration.ofSeconds(3);
    private static final String SERVICE = "orders";

    @Test
    @DisplayName("9.4 DONE acknowledges the event: nothing is pending and it is not delivered again")
    void doneAcks(Connection connection, JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        Setup setup = setup(connection, management, resources, random, 3);
        var listener = new ScriptedListener(setup.service, settings(3), event -> Verdict.DONE);
        setup.publish(random);

        listener.settle(setup.next());

        await().alias(EXERCISE.says("after DONE the consumer has no event waiting for its ack: settle acks it"))
                .atMost(WAIT)
                .until(() -> setup.info().getNumAckPending() == 0);
        assertThat(setup.consumer.next(Duration.ofSeconds(1)))
                .as(EXERCISE.says("an acknowledged event is not delivered again"))
                .isNull();
    }

    @Test
    @DisplayName("9.4 NOT_YET delivers the event again after the settings' delay, not before and not at AckWait")
    void notYetComesAgainAfterTheDelay(
            Connection connection, JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        Setup setup = setup(connection, management, resources, random, 3);
        var listener = new ScriptedListener(setup.service, settings(3), event -> Verdict.NOT_YET);
        setup.publish(random);

        listener.settle(setup.next());
        long settled = System.nanoTime();
        Message again = setup.consumer.next(WAIT);
        long after = Duration.ofNanos(System.nanoTime() - settled).toMillis();

        assertThat(again)
                .as(EXERCISE.says(
                        "a NOT_YET event comes again after the delay (%d ms); it did not within %d ms. Left"
                                + " unacknowledged it would wait for AckWait (%d s here): nak it with the delay",
                        NOT_YET_DELAY.toMillis(), WAIT.toMillis(), ACK_WAIT.toSeconds()))
                .isNotNull();
        assertThat(after)
                .as(EXERCISE.says(
                        "it came again after %d ms, before the %d ms delay: a nak without the delay sends it straight"
                                + " back, before the event it waits for",
                        after, NOT_YET_DELAY.toMillis()))
                .isGreaterThanOrEqualTo(NOT_YET_DELAY.toMillis() - 50);
    }

    @Test
    @DisplayName("9.4 NOT_YET waits as long as the listener says for that event: its notYetDelay, when it knows better")
    void notYetWaitsTheListenersDelay(
            Connection connection, JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        Setup setup = setup(connection, management, resources, random, 3);
        Duration own = NOT_YET_DELAY.plusMillis(400 + random.nextInt(200));
        var listener = new Listener<TicketCreated>(setup.service, EventType.TICKET_CREATED, settings(3)) {
            @Override
            protected Verdict onEvent(TicketCreated event) {
                return Verdict.NOT_YET;
            }

            @Override
            protected Duration notYetDelay(TicketCreated event) {
                return own; // e.g. until the order it is about expires
            }
        };
        setup.publish(random);

        listener.settle(setup.next());
        long settled = System.nanoTime();
        Message again = setup.consumer.next(WAIT);
        long after = Duration.ofNanos(System.nanoTime() - settled).toMillis();

        assertThat(again)
                .as(EXERCISE.says("a NOT_YET event comes again after the listener's delay (%d ms)", own.toMillis()))
                .isNotNull();
        assertThat(after)
                .as(EXERCISE.says(
                        "it came again after %d ms, not after the listener's %d ms: nak with notYetDelay(event), which"
                                + " a listener overrides when it knows when the event is due (the settings' delay"
                                + " is %d ms)",
                        after, own.toMillis(), NOT_YET_DELAY.toMillis()))
                .isGreaterThanOrEqualTo(own.toMillis() - 50);
    }

    @Test
    @DisplayName("9.4 a failure is delivered again; on the last delivery it goes to the dead letters, with why")
    void failureUntilTheDeadLetters(
            Connection connection, JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        Setup setup = setup(connection, management, resources, random, 3);
        String why = "payment gateway down #" + random.nextInt(1000);
        var listener = new ScriptedListener(setup.service, settings(3), event -> {
            throw new IllegalStateException(why);
        });
        TicketCreated event = setup.publish(random);

        int deliveries = 0;
        for (Message message = setup.next(); message != null && deliveries < 3; ) {
            deliveries++;
            listener.settle(message);
            message = deliveries < 3 ? setup.consumer.next(WAIT) : null;
        }

        assertThat(deliveries)
                .as(EXERCISE.says(
                        "a failing event is delivered again until MaxDeliver (3): nak it. It came %d times",
                        deliveries))
                .isEqualTo(3);
        MessageInfo dead = setup.awaitDeadLetter();
        assertThat(new EventCodec().decode(dead.getData(), EventType.TICKET_CREATED))
                .as(EXERCISE.says("the dead letter holds the event as it came"))
                .isEqualTo(event);
        assertThat(dead.getHeaders().getFirst(Listener.FAILURE))
                .as(EXERCISE.says("the dead letter says why the service gave up: the failure"))
                .contains(why);
        await().alias(EXERCISE.says("after the dead letter the event is settled (terminated), not left pending"))
                .atMost(WAIT)
                .until(() -> setup.info().getNumAckPending() == 0);
    }

    @Test
    @DisplayName("9.4 a NOT_YET on the last delivery goes to the dead letters: nothing vanishes after MaxDeliver")
    void notYetOnTheLastDelivery(
            Connection connection, JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        Setup setup = setup(connection, management, resources, random, 2);
        var listener = new ScriptedListener(setup.service, settings(2), event -> Verdict.NOT_YET);
        setup.publish(random);

        listener.settle(setup.next());
        listener.settle(setup.next()); // the last of MaxDeliver 2

        MessageInfo dead = setup.awaitDeadLetter();
        assertThat(dead.getHeaders().getFirst(Listener.ORIGINAL_SUBJECT))
                .as(EXERCISE.says("the dead letter names the subject the event came on"))
                .isEqualTo(setup.service.bus().subjectOf(EventType.TICKET_CREATED));
    }

    @Test
    @DisplayName("9.4 bytes that are no event go to the dead letters at once, and onEvent is never asked")
    void undecodable(Connection connection, JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        Setup setup = setup(connection, management, resources, random, 3);
        var listener = new ScriptedListener(setup.service, settings(3), event -> Verdict.DONE);
        connection
                .jetStream()
                .publish(
                        setup.service.bus().subjectOf(EventType.TICKET_CREATED),
                        "ticket #42, EUR 25".getBytes(StandardCharsets.UTF_8));

        listener.settle(setup.next());

        assertThat(listener.asked)
                .as(EXERCISE.says("bytes that are no TicketCreated never reach onEvent"))
                .isEmpty();
        MessageInfo dead = setup.awaitDeadLetter();
        assertThat(new String(dead.getData(), StandardCharsets.UTF_8))
                .as(EXERCISE.says("the dead letter keeps the bytes as they came"))
                .isEqualTo("ticket #42, EUR 25");
        assertThat(setup.consumer.next(Duration.ofSeconds(1)))
                .as(EXERCISE.says(
                        "they will never decode: dead-letter them on the first delivery, not after MaxDeliver"))
                .isNull();
    }

    private static ListenerSettings settings(int maxDeliver) {
        return new ListenerSettings(ACK_WAIT, maxDeliver, NOT_YET_DELAY);
    }

    /** A stream, a consumer the test reads with, and the service the listener belongs to. */
    private record Setup(
            ServiceContext service, JetStreamManagement management, ConsumerContext consumer, String durable) {

        TicketCreated publish(Random random) throws Exception {
            var event = new TicketCreated("t" + random.nextInt(10_000), "Concert", 2500 + random.nextInt(500), "s1", 0);
            service.connection()
                    .jetStream()
                    .publish(
                            service.bus().subjectOf(EventType.TICKET_CREATED),
                            service.codec().encode(event));
            return event;
        }

        Message next() throws Exception {
            Message message = consumer.next(WAIT);
            assertThat(message)
                    .as("the test's consumer got the event it published")
                    .isNotNull();
            return message;
        }

        io.nats.client.api.ConsumerInfo info() throws Exception {
            return management.getConsumerInfo(service.bus().stream(), durable);
        }

        MessageInfo awaitDeadLetter() {
            String subject = service.bus().deadLetterSubject(service.name());
            return await().alias(EXERCISE.says(
                            "the service puts the event on its dead-letter subject %s, in the stream", subject))
                    .atMost(WAIT)
                    .until(() -> lastOn(subject), Optional::isPresent)
                    .orElseThrow();
        }

        private Optional<MessageInfo> lastOn(String subject) throws Exception {
            try {
                return Optional.of(management.getLastMessage(service.bus().stream(), subject));
            } catch (io.nats.client.JetStreamApiException none) {
                return Optional.empty();
            }
        }
    }

    private static Setup setup(
            Connection connection,
            JetStreamManagement management,
            TestResources resources,
            Random random,
            int maxDeliver)
            throws Exception {
        EventBus bus = new EventBus(
                resources.stream("TICKETING"), "ticketing" + random.nextInt(100_000), Duration.ofMinutes(1));
        management.addStream(StreamConfiguration.builder()
                .name(bus.stream())
                .subjects(bus.prefix() + ".>")
                .storageType(StorageType.Memory)
                .build());
        String durable = "settling-test";
        management.addOrUpdateConsumer(
                bus.stream(),
                ConsumerConfiguration.builder()
                        .durable(durable)
                        .filterSubject(bus.subjectOf(EventType.TICKET_CREATED))
                        .ackPolicy(AckPolicy.Explicit)
                        .ackWait(ACK_WAIT)
                        .maxDeliver(maxDeliver)
                        .build());
        var service = new ServiceContext(SERVICE, connection, bus, new EventCodec());
        return new Setup(service, management, connection.getConsumerContext(bus.stream(), durable), durable);
    }
}

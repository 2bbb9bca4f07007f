package workshop.step09.bus;

import static org.assertj.core.api.Assertions.assertThat;

import io.nats.client.Connection;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.MessageInfo;
import io.nats.client.api.PublishAck;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.step09.events.EventCodec;
import workshop.step09.events.EventType;
import workshop.step09.events.TicketCreated;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

/** Exercise 9.3: an event published to the bus is stored once, on its type's subject. */
@NatsServerTest
class PublisherTest {

    private static final Exercise EXERCISE = Exercise.of("9.3");

    @Test
    @DisplayName("9.3 publish stores the event as JSON on its type's subject and returns the stream's ack")
    void stores(Connection connection, JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        EventBus bus = bus(management, resources, random);
        var publisher = new Publisher<>(connection.jetStream(), bus, EventType.TICKET_CREATED, new EventCodec());
        var event = new TicketCreated("t" + random.nextInt(10_000), "Concert", 2500 + random.nextInt(500), "s1", 0);

        PublishAck ack = publisher.publish(event);

        assertThat(ack.getStream())
                .as(EXERCISE.says("the ack comes from the bus's stream: the event is stored"))
                .isEqualTo(bus.stream());
        MessageInfo stored = management.getMessage(bus.stream(), ack.getSeqno());
        assertThat(stored.getSubject())
                .as(EXERCISE.says("a ticket-created event goes on the subject its EventType names, under the prefix"))
                .isEqualTo(bus.subjectOf(EventType.TICKET_CREATED));
        assertThat(new EventCodec().decode(stored.getData(), EventType.TICKET_CREATED))
                .as(EXERCISE.says("the stored data is the event, as the codec writes it"))
                .isEqualTo(event);
    }

    @Test
    @DisplayName("9.3 publishing the same event again is acknowledged as a duplicate and stored once")
    void once(Connection connection, JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        EventBus bus = bus(management, resources, random);
        var publisher = new Publisher<>(connection.jetStream(), bus, EventType.TICKET_CREATED, new EventCodec());
        var event = new TicketCreated("t" + random.nextInt(10_000), "Concert", 2500, "s1", 0);
        var update = new TicketCreated(event.ticketId(), "Concert", 2500, "s1", 1);

        PublishAck first = publisher.publish(event);
        PublishAck retry = publisher.publish(event); // as after a lost ack
        PublishAck next = publisher.publish(update);

        assertThat(retry.isDuplicate())
                .as(EXERCISE.says(
                        "the same event again (a retry after a lost ack) is a duplicate: each event goes out with its"
                                + " messageId as the message id"))
                .isTrue();
        assertThat(next.isDuplicate())
                .as(EXERCISE.says("another event (the next version) is not a duplicate"))
                .isFalse();
        assertThat(management.getStreamInfo(bus.stream()).getStreamState().getMsgCount())
                .as(EXERCISE.says("the stream holds 2 events, not 3 (first seq %d)", first.getSeqno()))
                .isEqualTo(2);
    }

    /** The test makes the stream itself, so these tests need only the codec, not 9.2. */
    private static EventBus bus(JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        EventBus bus = new EventBus(
                resources.stream("TICKETING"), "ticketing" + random.nextInt(100_000), Duration.ofMinutes(1));
        management.addStream(StreamConfiguration.builder()
                .name(bus.stream())
                .subjects(bus.prefix() + ".>")
                .storageType(StorageType.Memory)
                .duplicateWindow(bus.duplicateWindow())
                .build());
        return bus;
    }
}

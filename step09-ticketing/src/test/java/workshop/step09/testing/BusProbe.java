package workshop.step09.testing;

import io.nats.client.Connection;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.MessageInfo;
import io.nats.client.api.StreamInfoOptions;
import io.nats.client.api.Subject;
import java.util.Optional;
import java.util.Random;
import workshop.step09.bus.EventBus;
import workshop.step09.bus.Listener;
import workshop.step09.events.EventCodec;
import workshop.step09.events.EventType;
import workshop.step09.events.TicketingEvent;
import workshop.testkit.TestResources;

/**
 * What a service's test sees of the bus: it publishes events as another service would, and reads what
 * was stored. The stream and the subjects' prefix are seeded from the test, so it also runs on a shared
 * server (NATS_URL).
 */
public record BusProbe(Connection connection, JetStreamManagement management, EventBus bus, EventCodec codec) {

    public static BusProbe of(
            Connection connection, JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        EventBus bus = new EventBus(
                resources.stream("TICKETING"), "ticketing" + random.nextInt(100_000), java.time.Duration.ofMinutes(1));
        return new BusProbe(connection, management, bus, new EventCodec());
    }

    /** Publishes the event as it is, without its message id: the stream stores every copy, as after a redelivery. */
    public <E extends TicketingEvent> void publish(EventType<E> type, E event) throws Exception {
        connection.jetStream().publish(bus.subjectOf(type), codec.encode(event));
    }

    /** The last event stored on the type's subject, if any. */
    public <E extends TicketingEvent> Optional<E> last(EventType<E> type) throws Exception {
        try {
            MessageInfo info = management.getLastMessage(bus.stream(), bus.subjectOf(type));
            return Optional.of(codec.decode(info.getData(), type));
        } catch (JetStreamApiException none) {
            return Optional.empty();
        }
    }

    /** How many events the stream holds on the type's subject. */
    public long count(EventType<?> type) throws Exception {
        String subject = bus.subjectOf(type);
        return management
                .getStreamInfo(bus.stream(), StreamInfoOptions.filterSubjects(subject))
                .getStreamState()
                .getSubjects()
                .stream()
                .filter(s -> s.getName().equals(subject))
                .mapToLong(Subject::getCount)
                .sum();
    }

    /** Whether the listener's consumer has handled everything: nothing pending, nothing waiting for its ack. */
    public boolean settled(Listener<?> listener) throws Exception {
        var info = management.getConsumerInfo(bus.stream(), listener.durableName());
        return info.getNumPending() == 0 && info.getNumAckPending() == 0;
    }

    /** {@link #settled}, for a lambda that cannot throw: false when the consumer cannot be read. */
    public boolean settledQuietly(Listener<?> listener) {
        try {
            return settled(listener);
        } catch (Exception e) {
            return false;
        }
    }
}

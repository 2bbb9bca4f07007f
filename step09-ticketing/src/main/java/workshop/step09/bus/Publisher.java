package workshop.step09.bus;

import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.api.PublishAck;
import java.io.IOException;
import workshop.step09.events.EventCodec;
import workshop.step09.events.EventType;
import workshop.step09.events.TicketingEvent;

/**
 * Publishes one kind of event to the bus and waits for the stream's acknowledgement: when
 * {@link #publish} returns, the event is stored. A service makes one per kind it publishes:
 * {@code new Publisher<>(jetStream, bus, EventType.TICKET_CREATED, codec)}.
 */
public class Publisher<E extends TicketingEvent> {

    private final JetStream jetStream;
    private final EventBus bus;
    private final EventType<E> type;
    private final EventCodec codec;

    public Publisher(JetStream jetStream, EventBus bus, EventType<E> type, EventCodec codec) {
        this.jetStream = jetStream;
        this.bus = bus;
        this.type = type;
        this.codec = codec;
    }

    /**
     * Stores {@code event} on its type's subject, once: publishing the same event again inside the
     * stream's duplicate window is acknowledged as a duplicate and not stored a second time.
     */
    public PublishAck publish(E event) throws IOException, JetStreamApiException {
        // TODO Exercise 9.3: the event as JSON on its type's subject, with its message id, published to the stream.
        throw new UnsupportedOperationException("Exercise 9.3 is not solved yet: Publish an event once. Read step09-ticketing/README.md#93-publish-an-event-once");
    }
}

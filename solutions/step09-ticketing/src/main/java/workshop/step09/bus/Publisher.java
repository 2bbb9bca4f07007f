package workshop.step09.bus;

import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.PublishOptions;
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
        // EXERCISE 9.3 BEGIN: the event as JSON on its type's subject, with its message id, published to the stream.
        PublishOptions once =
                PublishOptions.builder().messageId(event.messageId()).build();
        return jetStream.publish(bus.subjectOf(type), codec.encode(event), once);
        // EXERCISE 9.3 END
    }
}

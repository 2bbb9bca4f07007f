package workshop.step09.events;

/**
 * An event one ticketing service publishes and others listen to. Each says which message it is, so
 * that publishing it twice (a retry after a lost ack) stores it once: the stream drops a second
 * message with the same {@code Nats-Msg-Id} inside its duplicate window.
 */
public sealed interface TicketingEvent
        permits TicketCreated, TicketUpdated, OrderCreated, OrderCancelled, ExpirationComplete, PaymentCreated {

    /** The same for every copy of this event and different for every other event: its message id. */
    String messageId();
}

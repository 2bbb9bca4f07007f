package workshop.step09.events;

import java.util.List;
import java.util.Optional;

/**
 * One kind of event: the subject it is published on (below the bus's prefix) and the record it is.
 * The constants here are the one place that says which event goes on which subject; publishers and
 * listeners ask them instead of writing subjects of their own.
 *
 * @param subject the subject's tokens after the bus's prefix, e.g. {@code tickets.created}
 * @param type the record an event of this kind is read into
 */
public record EventType<E extends TicketingEvent>(String subject, Class<E> type) {

    public static final EventType<TicketCreated> TICKET_CREATED =
            new EventType<>("tickets.created", TicketCreated.class);
    public static final EventType<TicketUpdated> TICKET_UPDATED =
            new EventType<>("tickets.updated", TicketUpdated.class);
    public static final EventType<OrderCreated> ORDER_CREATED = new EventType<>("orders.created", OrderCreated.class);
    public static final EventType<OrderCancelled> ORDER_CANCELLED =
            new EventType<>("orders.cancelled", OrderCancelled.class);
    public static final EventType<ExpirationComplete> EXPIRATION_COMPLETE =
            new EventType<>("expiration.complete", ExpirationComplete.class);
    public static final EventType<PaymentCreated> PAYMENT_CREATED =
            new EventType<>("payments.created", PaymentCreated.class);

    /** Every kind, in the order the services' story goes. */
    public static final List<EventType<?>> ALL = List.of(
            TICKET_CREATED, TICKET_UPDATED, ORDER_CREATED, ORDER_CANCELLED, EXPIRATION_COMPLETE, PAYMENT_CREATED);

    /** The kind whose subject is {@code subject} (after the prefix), if there is one. */
    public static Optional<EventType<?>> bySubject(String subject) {
        return ALL.stream().filter(type -> type.subject().equals(subject)).findFirst();
    }
}

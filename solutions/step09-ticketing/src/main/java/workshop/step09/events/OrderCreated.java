package workshop.step09.events;

import java.time.Instant;

/**
 * The orders service reserved a ticket for a buyer until {@code expiresAt}; unpaid by then, the
 * order is cancelled and the ticket free again.
 */
public record OrderCreated(
        String orderId, String ticketId, String buyerId, long priceCents, Instant expiresAt, long version)
        implements TicketingEvent {

    @Override
    public String messageId() {
        return "order-" + orderId + "-v" + version;
    }
}

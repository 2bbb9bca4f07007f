package workshop.step09.orders;

import java.time.Instant;

/**
 * An order, as an orders replica holds it.
 *
 * @param id the order's id
 * @param ticketId the ticket it holds
 * @param buyerId who buys it
 * @param priceCents the ticket's price when the order was made
 * @param expiresAt when it is cancelled if still unpaid
 * @param status where it is
 * @param version 0 when made, one more with each event that changes it (its cancellation)
 */
public record Order(
        String id,
        String ticketId,
        String buyerId,
        long priceCents,
        Instant expiresAt,
        OrderStatus status,
        long version) {

    /** The same order in another status, at another version. */
    Order with(OrderStatus newStatus, long newVersion) {
        return new Order(id, ticketId, buyerId, priceCents, expiresAt, newStatus, newVersion);
    }
}

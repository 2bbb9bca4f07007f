package workshop.step09.tickets;

/**
 * A ticket as the tickets service, its owner, holds it.
 *
 * @param id the ticket's id
 * @param title what it is for
 * @param priceCents its price
 * @param sellerId who sells it
 * @param orderId the order that reserved it, {@code null} while it is free
 * @param version 0 when made, one more with every change
 */
public record Ticket(String id, String title, long priceCents, String sellerId, String orderId, long version) {

    /** Whether an order holds it: a reserved ticket cannot be changed. */
    public boolean reserved() {
        return orderId != null;
    }
}

package workshop.step09.orders;

/**
 * What an orders replica knows of a ticket, from the tickets service's events: enough to price an
 * order and to refuse a ticket another order holds.
 *
 * @param id the ticket's id
 * @param title what it is for
 * @param priceCents its price
 * @param orderId the order that holds it, {@code null} while it is free
 * @param version the version of the last event applied
 */
public record TicketCopy(String id, String title, long priceCents, String orderId, long version) {

    /** Whether an order holds it, as far as this copy knows. */
    public boolean reserved() {
        return orderId != null;
    }
}

package workshop.step09.events;

/**
 * A ticket changed: its title or price, or who reserved it ({@code orderId}, {@code null} when
 * nobody has). {@code version} is the ticket's version after the change: the previous one plus one.
 */
public record TicketUpdated(
        String ticketId, String title, long priceCents, String sellerId, String orderId, long version)
        implements TicketingEvent {

    @Override
    public String messageId() {
        return "ticket-" + ticketId + "-v" + version;
    }
}

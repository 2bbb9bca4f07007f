package workshop.step09.events;

/**
 * The tickets service made a ticket. {@code version} is 0 for a new ticket and grows by one with
 * every update, so a replica can tell an old update from a new one.
 */
public record TicketCreated(String ticketId, String title, long priceCents, String sellerId, long version)
        implements TicketingEvent {

    @Override
    public String messageId() {
        return "ticket-" + ticketId + "-v" + version;
    }
}

package workshop.step07.build;

/**
 * "Ticket {@code ticketId} now has this title and price", the {@code version}-th change of that
 * ticket. Versions start at 1 (the ticket was created) and grow by one per change, so a consumer
 * can tell a repeat (a version it already has), the next change, and a change that arrived too
 * early (a gap).
 */
public record TicketEvent(String ticketId, long version, String title, int price) {}

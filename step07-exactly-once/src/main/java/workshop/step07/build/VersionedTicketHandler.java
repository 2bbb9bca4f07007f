package workshop.step07.build;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The consumer side of the ticketing lesson. Events about one ticket may arrive twice (a lost ack)
 * or out of order (two consumers, a redelivery), and applying "price 20" after "price 25" would
 * leave the wrong price. So every event carries a version, and version n is applied only on top
 * of version n-1: a repeat is recognised and ignored, an early event is left unacknowledged, so
 * the server delivers it again later, after its predecessor.
 */
public final class VersionedTicketHandler {

    private final Map<String, Ticket> tickets = new HashMap<>();
    private int applied;

    /**
     * Applies the event if it is the next version of its ticket (version 1 creates the ticket).
     *
     * @return what happened; {@link Outcome#acknowledge()} says whether to ack the message
     */
    public synchronized Outcome handle(TicketEvent event) {
        // TODO Exercise 7.2: Compare the event's version with the ticket's current one (0 when unknown): apply only
        // the next.
        throw new UnsupportedOperationException("Exercise 7.2 is not solved yet: Apply versioned events in order. Read step07-exactly-once/README.md#72-apply-versioned-events-in-order");
    }

    /** The ticket as the applied events left it, if any event about it was applied. */
    public synchronized Optional<Ticket> ticket(String ticketId) {
        return Optional.ofNullable(tickets.get(ticketId));
    }

    /** How many events were applied in all (a repeat or an early event is not counted). */
    public synchronized int appliedCount() {
        return applied;
    }
}

package workshop.step09.tickets;

import io.nats.client.JetStreamApiException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import workshop.step09.bus.Listener;
import workshop.step09.bus.ListenerSettings;
import workshop.step09.bus.Publisher;
import workshop.step09.bus.ServiceContext;
import workshop.step09.bus.TicketingService;
import workshop.step09.bus.Verdict;
import workshop.step09.events.EventType;
import workshop.step09.events.OrderCancelled;
import workshop.step09.events.OrderCreated;
import workshop.step09.events.TicketCreated;
import workshop.step09.events.TicketUpdated;

/**
 * The tickets service, the owner of every ticket. {@link #create} and {@link #update} change a
 * ticket on a seller's request; an order reserves it ({@code OrderCreated}) and its cancellation
 * releases it ({@code OrderCancelled}). Every change is the ticket's next version, published as an
 * event before it is kept, so a ticket this service holds is always one the others can learn.
 *
 * <p>One lock orders the changes: version v+1 is always made from version v, and published in that
 * order. Run one instance: its tickets live in its memory.
 */
public class TicketsService implements TicketingService {

    /**
     * The tickets service as a program: against {@code NATS_URL}, health on {@code HEALTH_PORT}
     * (default 8081), until SIGTERM. {@code ./mvnw -q -pl step09-ticketing compile exec:java@tickets}.
     */
    public static void main(String[] args) throws Exception {
        workshop.step09.runtime.ServiceRunner.run("tickets", 8081, TicketsService::new);
    }

    private final ServiceContext context;
    private final ListenerSettings settings;
    private final ConcurrentHashMap<String, Ticket> tickets = new ConcurrentHashMap<>();
    private final Object lock = new Object();
    private final Publisher<TicketCreated> created;
    private final Publisher<TicketUpdated> updated;
    private final List<Listener<?>> listeners = new CopyOnWriteArrayList<>();

    public TicketsService(ServiceContext context, ListenerSettings settings) {
        this.context = context;
        this.settings = settings;
        try {
            var jetStream = context.connection().jetStream();
            this.created = new Publisher<>(jetStream, context.bus(), EventType.TICKET_CREATED, context.codec());
            this.updated = new Publisher<>(jetStream, context.bus(), EventType.TICKET_UPDATED, context.codec());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String name() {
        return context.name();
    }

    @Override
    public void start() throws IOException, JetStreamApiException {
        context.bus().ensureStream(context.connection().jetStreamManagement());
        for (Listener<?> listener : List.of(new OrderCreatedListener(), new OrderCancelledListener())) {
            listener.start();
            listeners.add(listener);
        }
    }

    @Override
    public List<Listener<?>> listeners() {
        return List.copyOf(listeners);
    }

    @Override
    public void close() {
        listeners.forEach(Listener::close);
    }

    /** The ticket as this service holds it now. */
    public Optional<Ticket> find(String ticketId) {
        return Optional.ofNullable(tickets.get(ticketId));
    }

    /**
     * Makes a ticket, free, at version 0, and publishes {@code TicketCreated}.
     *
     * @return the ticket, with its new id
     */
    public Ticket create(String title, long priceCents, String sellerId) throws IOException, JetStreamApiException {
        // EXERCISE 9.6 BEGIN: a new free ticket at version 0: publish TicketCreated, then keep it.
        Ticket ticket = new Ticket(UUID.randomUUID().toString(), title, priceCents, sellerId, null, 0);
        created.publish(new TicketCreated(ticket.id(), title, priceCents, sellerId, 0));
        tickets.put(ticket.id(), ticket);
        return ticket;
        // EXERCISE 9.6 END
    }

    /**
     * Changes a free ticket's title and price: its next version, published as {@code TicketUpdated}.
     *
     * @return the ticket at its new version
     * @throws NoSuchElementException when there is no such ticket
     * @throws IllegalStateException while an order holds the ticket: a buyer's price cannot change under them
     */
    public Ticket update(String ticketId, String title, long priceCents) throws IOException, JetStreamApiException {
        // EXERCISE 9.6 BEGIN: refuse a reserved ticket; otherwise its next version with the new title and price,
        // published, then kept.
        synchronized (lock) {
            Ticket held = held(ticketId);
            if (held.reserved()) {
                throw new IllegalStateException(
                        "ticket " + ticketId + " is reserved by order " + held.orderId() + ": it cannot change now");
            }
            return change(new Ticket(ticketId, title, priceCents, held.sellerId(), held.orderId(), held.version() + 1));
        }
        // EXERCISE 9.6 END
    }

    /** An order was made: its ticket is reserved for it. */
    final class OrderCreatedListener extends Listener<OrderCreated> {

        OrderCreatedListener() {
            super(context, EventType.ORDER_CREATED, settings);
        }

        @Override
        protected Verdict onEvent(OrderCreated event) throws Exception {
            // EXERCISE 9.6 BEGIN: reserve the ticket for the order, once: a redelivered order changes nothing, and
            // neither does an order for a ticket another order holds.
            synchronized (lock) {
                Ticket held = held(event.ticketId());
                if (held.reserved()) {
                    return Verdict.DONE; // this order's again (a redelivery), or another's: it keeps the ticket
                }
                change(new Ticket(
                        held.id(),
                        held.title(),
                        held.priceCents(),
                        held.sellerId(),
                        event.orderId(),
                        held.version() + 1));
                return Verdict.DONE;
            }
            // EXERCISE 9.6 END
        }
    }

    /** An order was cancelled: its ticket is free again. */
    final class OrderCancelledListener extends Listener<OrderCancelled> {

        OrderCancelledListener() {
            super(context, EventType.ORDER_CANCELLED, settings);
        }

        @Override
        protected Verdict onEvent(OrderCancelled event) throws Exception {
            // EXERCISE 9.6 BEGIN: release the ticket if this order holds it; a redelivery, or the cancellation of an
            // order that never got the ticket, changes nothing.
            synchronized (lock) {
                Ticket held = held(event.ticketId());
                if (!event.orderId().equals(held.orderId())) {
                    return Verdict.DONE; // released already, or held by another order
                }
                change(new Ticket(
                        held.id(), held.title(), held.priceCents(), held.sellerId(), null, held.version() + 1));
                return Verdict.DONE;
            }
            // EXERCISE 9.6 END
        }
    }

    /** The ticket, or an exception that says there is none. */
    private Ticket held(String ticketId) {
        Ticket held = tickets.get(ticketId);
        if (held == null) {
            throw new NoSuchElementException("no ticket " + ticketId);
        }
        return held;
    }

    /**
     * Publishes the ticket's new version, then keeps it: if the publish fails nothing changed, and
     * a ticket kept here has always been announced. Call it holding the lock.
     */
    private Ticket change(Ticket next) throws IOException, JetStreamApiException {
        updated.publish(new TicketUpdated(
                next.id(), next.title(), next.priceCents(), next.sellerId(), next.orderId(), next.version()));
        tickets.put(next.id(), next);
        return next;
    }
}

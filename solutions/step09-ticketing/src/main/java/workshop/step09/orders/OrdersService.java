package workshop.step09.orders;

import io.nats.client.JetStreamApiException;
import io.nats.client.api.ConsumerConfiguration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
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
import workshop.step09.events.ExpirationComplete;
import workshop.step09.events.OrderCancelled;
import workshop.step09.events.OrderCreated;
import workshop.step09.events.PaymentCreated;
import workshop.step09.events.TicketCreated;
import workshop.step09.events.TicketUpdated;
import workshop.step09.events.TicketingEvent;

/**
 * The orders service. A buyer's {@link #create order} holds a ticket until it is paid
 * ({@code PaymentCreated}) or expires ({@code ExpirationComplete}, then {@code OrderCancelled}).
 *
 * <p>Each replica keeps in memory a copy of the tickets and of the orders, built from events it
 * reads on consumers of its own, named after the service and {@link #replicaId()}: every replica
 * gets every event, from the stream's first, and applies each ticket's and order's versions in
 * order. Those consumers go when the replica does: the server deletes them once nobody has read
 * from them for {@link #REPLICA_CONSUMERS_INACTIVE}. The one decision, cancelling an expired order,
 * is taken on the consumer every replica shares, so it is taken once.
 */
public class OrdersService implements TicketingService {

    /**
     * The orders service as a program: against {@code NATS_URL}, health on {@code HEALTH_PORT}
     * (default 8082), until SIGTERM. {@code ./mvnw -q -pl step09-ticketing compile exec:java@orders}.
     */
    public static void main(String[] args) throws Exception {
        workshop.step09.runtime.ServiceRunner.run("orders", 8082, OrdersService::new);
    }

    /** How long an order holds its ticket when nothing else is said. */
    public static final Duration STANDARD_HOLD = Duration.ofMinutes(15);
    /** How long a replica's own consumers stay after the replica stopped reading: then the server deletes them. */
    public static final Duration REPLICA_CONSUMERS_INACTIVE = Duration.ofMinutes(2);

    private final ServiceContext context;
    private final ServiceContext replica;
    private final String replicaId;
    private final ListenerSettings settings;
    private final Duration hold;
    private final ConcurrentHashMap<String, TicketCopy> tickets = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Order> orders = new ConcurrentHashMap<>();
    private final Object lock = new Object();
    private final Publisher<OrderCreated> created;
    private final Publisher<OrderCancelled> cancelled;
    private final List<Listener<?>> listeners = new CopyOnWriteArrayList<>();

    public OrdersService(ServiceContext context, ListenerSettings settings) {
        this(context, settings, STANDARD_HOLD);
    }

    /** A replica whose orders hold their ticket for {@code hold}. */
    public OrdersService(ServiceContext context, ListenerSettings settings, Duration hold) {
        this.context = context;
        this.settings = settings;
        this.hold = hold;
        this.replicaId = UUID.randomUUID().toString().substring(0, 8);
        this.replica = replicaContext(context, replicaId);
        try {
            var jetStream = context.connection().jetStream();
            this.created = new Publisher<>(jetStream, context.bus(), EventType.ORDER_CREATED, context.codec());
            this.cancelled = new Publisher<>(jetStream, context.bus(), EventType.ORDER_CANCELLED, context.codec());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The context this replica's copies listen in: the service's connection, bus and codec, under a
     * name of this replica's own, so that its consumers are its own and it gets every event.
     */
    private static ServiceContext replicaContext(ServiceContext context, String replicaId) {
        // EXERCISE 9.7 BEGIN: a context whose consumers are this replica's alone: every ticket event reaches every
        // replica.
        return new ServiceContext(
                context.name() + "-" + replicaId, context.connection(), context.bus(), context.codec());
        // EXERCISE 9.7 END
    }

    @Override
    public String name() {
        return context.name();
    }

    /** This replica's id: its own consumers are named {@code <service>-<replicaId>-<kind>}. */
    public String replicaId() {
        return replicaId;
    }

    @Override
    public void start() throws IOException, JetStreamApiException {
        context.bus().ensureStream(context.connection().jetStreamManagement());
        for (Listener<?> listener : List.of(
                new TicketCreatedCopy(),
                new TicketUpdatedCopy(),
                new OrderCreatedCopy(),
                new OrderCancelledCopy(),
                new PaymentCreatedListener(),
                new ExpirationCompleteListener())) {
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

    /** The ticket as this replica's copy has it. */
    public Optional<TicketCopy> ticket(String ticketId) {
        return Optional.ofNullable(tickets.get(ticketId));
    }

    /** The order as this replica holds it. */
    public Optional<Order> find(String orderId) {
        return Optional.ofNullable(orders.get(orderId));
    }

    /**
     * Orders a ticket for a buyer: publishes {@code OrderCreated} (version 0, expiring after the
     * hold, at the ticket's price) and returns the order.
     *
     * @throws NoSuchElementException when this replica knows no such ticket
     * @throws IllegalStateException when the ticket is reserved, by this replica's copy or by an open order
     */
    public Order create(String ticketId, String buyerId) throws IOException, JetStreamApiException {
        // EXERCISE 9.8 BEGIN: refuse a ticket the copy does not know or that an order holds; otherwise a new order at
        // version 0 that expires after the hold: published, then kept.
        synchronized (lock) {
            TicketCopy ticket = tickets.get(ticketId);
            if (ticket == null) {
                throw new NoSuchElementException("no ticket " + ticketId + " known to this replica");
            }
            boolean heldByAnOrder = orders.values().stream()
                    .anyMatch(order -> order.ticketId().equals(ticketId) && order.status() != OrderStatus.CANCELLED);
            if (ticket.reserved() || heldByAnOrder) {
                throw new IllegalStateException("ticket " + ticketId + " is reserved by another order");
            }
            Order order = new Order(
                    UUID.randomUUID().toString(),
                    ticketId,
                    buyerId,
                    ticket.priceCents(),
                    Instant.now().plus(hold),
                    OrderStatus.CREATED,
                    0);
            created.publish(new OrderCreated(
                    order.id(), ticketId, buyerId, order.priceCents(), order.expiresAt(), order.version()));
            orders.put(order.id(), order);
            return order;
        }
        // EXERCISE 9.8 END
    }

    /**
     * Applies one ticket event to this replica's copy, by the version rule: version v only on top of
     * version v-1.
     *
     * @return DONE when applied or already applied (v is not newer than the copy), NOT_YET when an
     *     earlier version is missing
     */
    private Verdict applyTicket(TicketCopy incoming) {
        // EXERCISE 9.7 BEGIN: apply version v on top of v-1 only: an older or equal version is already applied,
        // a later one comes too early.
        synchronized (lock) {
            TicketCopy held = tickets.get(incoming.id());
            long heldVersion = held == null ? -1 : held.version();
            if (incoming.version() <= heldVersion) {
                return Verdict.DONE; // a redelivery or a duplicate: applied already
            }
            if (incoming.version() > heldVersion + 1) {
                return Verdict.NOT_YET; // a version in between is missing: it comes first
            }
            tickets.put(incoming.id(), incoming);
            return Verdict.DONE;
        }
        // EXERCISE 9.7 END
    }

    /** A listener on this replica's own consumer: it gets every event of its kind, and goes when the replica does. */
    abstract class CopyListener<E extends TicketingEvent> extends Listener<E> {

        CopyListener(EventType<E> type) {
            super(replica, type, settings);
        }

        @Override
        public ConsumerConfiguration consumerConfiguration() {
            return ConsumerConfiguration.builder(super.consumerConfiguration())
                    .inactiveThreshold(REPLICA_CONSUMERS_INACTIVE)
                    .build();
        }
    }

    /** A new ticket goes into the copy at version 0. */
    final class TicketCreatedCopy extends CopyListener<TicketCreated> {

        TicketCreatedCopy() {
            super(EventType.TICKET_CREATED);
        }

        @Override
        protected Verdict onEvent(TicketCreated event) {
            return applyTicket(
                    new TicketCopy(event.ticketId(), event.title(), event.priceCents(), null, event.version()));
        }
    }

    /** A changed ticket replaces the copy's, in version order. */
    final class TicketUpdatedCopy extends CopyListener<TicketUpdated> {

        TicketUpdatedCopy() {
            super(EventType.TICKET_UPDATED);
        }

        @Override
        protected Verdict onEvent(TicketUpdated event) {
            return applyTicket(new TicketCopy(
                    event.ticketId(), event.title(), event.priceCents(), event.orderId(), event.version()));
        }
    }

    /** An order, made by this replica or another, goes into this replica's orders. */
    final class OrderCreatedCopy extends CopyListener<OrderCreated> {

        OrderCreatedCopy() {
            super(EventType.ORDER_CREATED);
        }

        @Override
        protected Verdict onEvent(OrderCreated event) {
            orders.putIfAbsent(
                    event.orderId(),
                    new Order(
                            event.orderId(),
                            event.ticketId(),
                            event.buyerId(),
                            event.priceCents(),
                            event.expiresAt(),
                            OrderStatus.CREATED,
                            event.version()));
            return Verdict.DONE;
        }
    }

    /** A cancellation, decided by this replica or another, applied to this replica's orders in version order. */
    final class OrderCancelledCopy extends CopyListener<OrderCancelled> {

        OrderCancelledCopy() {
            super(EventType.ORDER_CANCELLED);
        }

        @Override
        protected Verdict onEvent(OrderCancelled event) {
            synchronized (lock) {
                Order held = orders.get(event.orderId());
                if (held == null || event.version() > held.version() + 1) {
                    return Verdict.NOT_YET;
                }
                if (event.version() > held.version()) {
                    orders.put(held.id(), held.with(OrderStatus.CANCELLED, event.version()));
                }
                return Verdict.DONE;
            }
        }
    }

    /** A payment completes its order on every replica: none of them may cancel it afterwards. */
    final class PaymentCreatedListener extends CopyListener<PaymentCreated> {

        PaymentCreatedListener() {
            super(EventType.PAYMENT_CREATED);
        }

        @Override
        protected Verdict onEvent(PaymentCreated event) {
            // EXERCISE 9.8 BEGIN: the paid order is complete; an order this replica has not seen yet comes later.
            synchronized (lock) {
                Order held = orders.get(event.orderId());
                if (held == null) {
                    return Verdict.NOT_YET; // its OrderCreated is on its way
                }
                if (held.status() == OrderStatus.CREATED) {
                    orders.put(held.id(), held.with(OrderStatus.COMPLETE, held.version()));
                }
                return Verdict.DONE;
            }
            // EXERCISE 9.8 END
        }
    }

    /** An order's time is up: cancel it unless it is paid. One replica decides: the consumer is the service's. */
    final class ExpirationCompleteListener extends Listener<ExpirationComplete> {

        ExpirationCompleteListener() {
            super(context, EventType.EXPIRATION_COMPLETE, settings);
        }

        @Override
        protected Verdict onEvent(ExpirationComplete event) throws Exception {
            // EXERCISE 9.8 BEGIN: an unpaid order is cancelled at its next version (publish, then keep); a paid or
            // already cancelled one stays as it is, and an order not seen yet comes later.
            synchronized (lock) {
                Order held = orders.get(event.orderId());
                if (held == null) {
                    return Verdict.NOT_YET; // this replica has not seen the OrderCreated yet
                }
                if (held.status() != OrderStatus.CREATED) {
                    return Verdict.DONE; // paid: it stays; cancelled: a redelivery
                }
                Order cancelledOrder = held.with(OrderStatus.CANCELLED, held.version() + 1);
                cancelled.publish(new OrderCancelled(held.id(), held.ticketId(), cancelledOrder.version()));
                orders.put(held.id(), cancelledOrder);
                return Verdict.DONE;
            }
            // EXERCISE 9.8 END
        }
    }
}

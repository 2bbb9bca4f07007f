package workshop.step09.payments;

import io.nats.client.JetStreamApiException;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import workshop.step09.bus.Listener;
import workshop.step09.bus.ListenerSettings;
import workshop.step09.bus.Publisher;
import workshop.step09.bus.ServiceContext;
import workshop.step09.bus.TicketingService;
import workshop.step09.bus.Verdict;
import workshop.step09.events.EventType;
import workshop.step09.events.OrderCancelled;
import workshop.step09.events.OrderCreated;
import workshop.step09.events.PaymentCreated;

/**
 * Charges orders. It keeps its own copy of the orders it may charge, built from
 * {@link OrderCreated} and {@link OrderCancelled}, so it never asks the orders service: an order
 * event of version v is applied on top of version v-1 only. {@link #charge} refuses an order it does
 * not know or that was cancelled, and otherwise publishes {@link PaymentCreated}.
 */
public final class PaymentsService implements TicketingService {

    /** The service's name, shared by its replicas. */
    public static final String NAME = "payments";

    /**
     * An order as payments knows it.
     *
     * @param version the version of the last order event applied
     * @param cancelled whether that event cancelled it
     */
    public record Order(String orderId, long version, boolean cancelled) {}

    private final ServiceContext context;
    private final ConcurrentMap<String, Order> orders = new ConcurrentHashMap<>();
    private final Publisher<PaymentCreated> payments;
    private final OrderCreatedListener orderCreated;
    private final OrderCancelledListener orderCancelled;

    public PaymentsService(ServiceContext context, ListenerSettings settings) {
        this.context = context;
        this.payments = new Publisher<>(jetStream(context), context.bus(), EventType.PAYMENT_CREATED, context.codec());
        this.orderCreated = new OrderCreatedListener(context, settings);
        this.orderCancelled = new OrderCancelledListener(context, settings);
    }

    @Override
    public String name() {
        return context.name();
    }

    @Override
    public void start() throws IOException, JetStreamApiException {
        context.bus().ensureStream(context.connection().jetStreamManagement());
        orderCreated.start();
        orderCancelled.start();
    }

    @Override
    public List<Listener<?>> listeners() {
        return List.of(orderCreated, orderCancelled);
    }

    @Override
    public void close() {
        orderCreated.close();
        orderCancelled.close();
    }

    /** The order as payments knows it, if it has seen it. */
    public Optional<Order> find(String orderId) {
        return Optional.ofNullable(orders.get(orderId));
    }

    /**
     * Charges an order: publishes {@link PaymentCreated} and returns it.
     *
     * @throws IllegalArgumentException when payments knows no such order
     * @throws IllegalStateException when the order was cancelled
     */
    public PaymentCreated charge(String orderId) throws IOException, JetStreamApiException {
        // TODO Exercise 9.11: refuse an order payments does not know, or one that was cancelled, saying which;
        // otherwise publish a new payment for it and return it.
        throw new UnsupportedOperationException("Exercise 9.11 is not solved yet: Charge only what may be paid. Read step09-ticketing/README.md#911-charge-only-what-may-be-paid");
    }

    /**
     * Applies one order event of {@code version}, which makes the order {@code next}: only on top of
     * the version before it.
     */
    private Verdict apply(String orderId, long version, Order next) {
        // TODO Exercise 9.11: the version rule: an event payments already holds is done, one after a version it
        // lacks is not yet, the next one replaces what it holds. Atomically: two listeners write here.
        throw new UnsupportedOperationException("Exercise 9.11 is not solved yet: Charge only what may be paid. Read step09-ticketing/README.md#911-charge-only-what-may-be-paid");
    }

    /** The connection's JetStream context: made without a call to the server, so it fails only on a closed connection. */
    private static io.nats.client.JetStream jetStream(ServiceContext context) {
        try {
            return context.connection().jetStream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
    /** A new order: payments may charge it. */
    final class OrderCreatedListener extends Listener<OrderCreated> {

        OrderCreatedListener(ServiceContext context, ListenerSettings settings) {
            super(context, EventType.ORDER_CREATED, settings);
        }

        @Override
        protected Verdict onEvent(OrderCreated event) {
            return apply(event.orderId(), event.version(), new Order(event.orderId(), event.version(), false));
        }
    }

    /** A cancelled order: payments must not charge it any more. */
    final class OrderCancelledListener extends Listener<OrderCancelled> {

        OrderCancelledListener(ServiceContext context, ListenerSettings settings) {
            super(context, EventType.ORDER_CANCELLED, settings);
        }

        @Override
        protected Verdict onEvent(OrderCancelled event) {
            return apply(event.orderId(), event.version(), new Order(event.orderId(), event.version(), true));
        }
    }
}

package workshop.step09.expiration;

import io.nats.client.JetStreamApiException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import workshop.step09.bus.Listener;
import workshop.step09.bus.ListenerSettings;
import workshop.step09.bus.Publisher;
import workshop.step09.bus.ServiceContext;
import workshop.step09.bus.TicketingService;
import workshop.step09.bus.Verdict;
import workshop.step09.events.EventType;
import workshop.step09.events.ExpirationComplete;
import workshop.step09.events.OrderCreated;

/**
 * Says when an order's time is up, on every nats-server: it holds each {@link OrderCreated} in its
 * consumer until the order's {@code expiresAt}, by answering {@link Verdict#NOT_YET} with a delay of
 * the time left, and then publishes {@link ExpirationComplete}. It keeps no state of its own: the
 * events it waits on are the consumer's pending ones, so a restarted replica, or another, finds them
 * there. {@link ScheduledExpirationService} does the same with the server's message schedules
 * (2.12+).
 */
public final class ExpirationService implements TicketingService {

    /**
     * The expiration service as a program: against {@code NATS_URL}, health on {@code HEALTH_PORT}
     * (default 8083), until SIGTERM. {@code ./mvnw -q -pl step09-ticketing compile exec:java@expiration}.
     */
    public static void main(String[] args) throws Exception {
        workshop.step09.runtime.ServiceRunner.run("expiration", 8083, ExpirationService::new);
    }

    /** The service's name, shared by its replicas: its consumer is {@code expiration-orders-created}. */
    public static final String NAME = "expiration";

    private final ServiceContext context;
    private final Clock clock;
    private final Publisher<ExpirationComplete> expirations;
    private final OrderCreatedListener orderCreated;

    public ExpirationService(ServiceContext context, ListenerSettings settings) {
        this(context, settings, Clock.systemUTC());
    }

    /** With the clock that says whether an order's time is up (a test's, or one ahead of the server's). */
    public ExpirationService(ServiceContext context, ListenerSettings settings, Clock clock) {
        this.context = context;
        this.clock = clock;
        this.expirations =
                new Publisher<>(jetStream(context), context.bus(), EventType.EXPIRATION_COMPLETE, context.codec());
        this.orderCreated = new OrderCreatedListener(context, settings);
    }

    @Override
    public String name() {
        return context.name();
    }

    @Override
    public void start() throws IOException, JetStreamApiException {
        context.bus().ensureStream(context.connection().jetStreamManagement());
        orderCreated.start();
    }

    @Override
    public List<Listener<?>> listeners() {
        return List.of(orderCreated);
    }

    @Override
    public void close() {
        orderCreated.close();
    }

    /** The connection's JetStream context: made without a call to the server, so it fails only on a closed connection. */
    private static io.nats.client.JetStream jetStream(ServiceContext context) {
        try {
            return context.connection().jetStream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
    /** Holds each new order until it expires, then says so. */
    final class OrderCreatedListener extends Listener<OrderCreated> {

        OrderCreatedListener(ServiceContext context, ListenerSettings settings) {
            super(context, EventType.ORDER_CREATED, settings);
        }

        @Override
        protected Verdict onEvent(OrderCreated order) throws Exception {
            // EXERCISE 9.9 BEGIN: not yet while the order's time is not up by the service's clock; once it is, publish
            // that it expired.
            if (clock.instant().isBefore(order.expiresAt())) {
                return Verdict.NOT_YET;
            }
            expirations.publish(new ExpirationComplete(order.orderId())); // a second copy is a duplicate: harmless
            return Verdict.DONE;
            // EXERCISE 9.9 END
        }

        @Override
        protected Duration notYetDelay(OrderCreated order) {
            // EXERCISE 9.9 BEGIN: how long until the order's time is up: it comes again then, whatever MaxDeliver is.
            Duration left = Duration.between(clock.instant(), order.expiresAt());
            return left.isNegative() ? Duration.ZERO : left;
            // EXERCISE 9.9 END
        }
    }
}

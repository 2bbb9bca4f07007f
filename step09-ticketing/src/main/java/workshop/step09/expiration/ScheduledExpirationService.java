package workshop.step09.expiration;

import io.nats.client.JetStreamApiException;
import io.nats.client.api.StreamInfo;
import java.io.IOException;
import java.util.List;
import workshop.step09.bus.Listener;
import workshop.step09.bus.ListenerSettings;
import workshop.step09.bus.ServiceContext;
import workshop.step09.bus.TicketingService;
import workshop.step09.bus.Verdict;
import workshop.step09.events.EventType;
import workshop.step09.events.ExpirationComplete;
import workshop.step09.events.OrderCreated;

/**
 * Says when an order's time is up by leaving the waiting to the server (nats-server 2.12+): for each
 * {@link OrderCreated} it stores a message schedule, and at the order's {@code expiresAt} the server
 * itself publishes the {@link ExpirationComplete} the schedule holds. The order's event is done at
 * once: nothing waits in a consumer, and the service may be down when the time comes. Needs a bus
 * whose stream runs schedules ({@link workshop.step09.bus.EventBus#withMessageSchedules()}), shared by
 * every service of the program; on an older server, run {@link ExpirationService} instead.
 */
public final class ScheduledExpirationService implements TicketingService {

    /** The header that holds a schedule's pattern, here {@code @at <RFC 3339 time>}. */
    public static final String SCHEDULE = "Nats-Schedule";
    /** The header that names the subject the server publishes the schedule's payload to. */
    public static final String SCHEDULE_TARGET = "Nats-Schedule-Target";
    /** The header the server puts on what a schedule published: the schedule's subject. */
    public static final String SCHEDULER = "Nats-Scheduler";

    private final ServiceContext context;
    private final OrderCreatedListener orderCreated;

    public ScheduledExpirationService(ServiceContext context, ListenerSettings settings) {
        this.context = context;
        this.orderCreated = new OrderCreatedListener(context, settings);
    }

    @Override
    public String name() {
        return context.name();
    }

    /**
     * Makes sure of the stream, then starts listening.
     *
     * @throws IllegalStateException when the stream runs no message schedules: the bus did not ask
     *     for them, or the server (older than 2.12) ignored the option. Its schedules would never fire.
     */
    @Override
    public void start() throws IOException, JetStreamApiException {
        StreamInfo stream = context.bus().ensureStream(context.connection().jetStreamManagement());
        requireSchedules(stream);
        orderCreated.start();
    }

    /** Refuses a stream whose schedules would never fire. */
    private void requireSchedules(StreamInfo stream) {
        // TODO Exercise 9.10: refuse to start when the stream does not run message schedules, saying why.
        throw new UnsupportedOperationException("Exercise 9.10 is not solved yet: Expire by message schedule. Read step09-ticketing/README.md#910-expire-by-message-schedule");
    }

    @Override
    public List<Listener<?>> listeners() {
        return List.of(orderCreated);
    }

    @Override
    public void close() {
        orderCreated.close();
    }

    /** The subject of one order's schedule: each order its own, as a schedule replaces the one before it on its subject. */
    public String scheduleSubject(String orderId) {
        return context.bus().prefix() + ".expiration.schedules." + orderId;
    }

    /** Schedules each new order's expiration, then is done with it. */
    final class OrderCreatedListener extends Listener<OrderCreated> {

        OrderCreatedListener(ServiceContext context, ListenerSettings settings) {
            super(context, EventType.ORDER_CREATED, settings);
        }

        @Override
        protected Verdict onEvent(OrderCreated order) throws Exception {
            // TODO Exercise 9.10: store a schedule on the order's own subject that publishes its ExpirationComplete
            // to that event's subject at expiresAt; done.
            throw new UnsupportedOperationException("Exercise 9.10 is not solved yet: Expire by message schedule. Read step09-ticketing/README.md#910-expire-by-message-schedule");
        }
    }
}

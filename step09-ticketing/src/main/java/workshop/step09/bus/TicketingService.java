package workshop.step09.bus;

import io.nats.client.JetStreamApiException;
import java.io.IOException;
import java.util.List;

/**
 * One service of the ticketing app, as its program runs it: {@link #start()} once its connection is
 * up, {@link #close()} when it shuts down. A service keeps what it knows in memory, built from the
 * events it listens to, so a replica started later catches up from the stream.
 */
public interface TicketingService extends AutoCloseable {

    /** The service's name: its consumers' names start with it, shared by all its replicas. */
    String name();

    /**
     * Makes sure the stream is there ({@link EventBus#ensureStream}) and starts every listener. Safe
     * to call on a server where another replica, or another service, already made them.
     */
    void start() throws IOException, JetStreamApiException;

    /** The listeners {@link #start()} started: a health check reads their consumers' lag. */
    List<Listener<?>> listeners();

    /** Stops every listener; the durable consumers stay for the next start. */
    @Override
    void close();
}

package workshop.step09.runtime;

import workshop.step09.bus.TicketingService;

/** A service running as a program: connected, started, answering health checks until {@link #close()}. */
public interface RunningService extends AutoCloseable {

    /** The service it runs. */
    TicketingService service();

    /** The port its {@code /health} answers on. */
    int healthPort();

    /** Stops the service's listeners, drains its connection, closes its health endpoint; a second call does nothing. */
    @Override
    void close();
}

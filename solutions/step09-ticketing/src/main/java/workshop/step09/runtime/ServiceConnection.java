package workshop.step09.runtime;

import io.nats.client.Connection;
import io.nats.client.ConnectionListener;
import io.nats.client.ErrorListener;
import io.nats.client.Options;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * How a service connects: under its own name (so {@code /connz} shows which service a connection
 * is), reconnecting for as long as it runs (a server restart is an event, not the end), and telling
 * its log what happens to the connection and which errors the server reports. Keeps the last events
 * for the health endpoint.
 */
public final class ServiceConnection implements ConnectionListener, ErrorListener {

    /** The most events {@link #events()} keeps. */
    static final int KEPT_EVENTS = 20;

    private final String serviceName;
    private final List<String> events = new CopyOnWriteArrayList<>();

    public ServiceConnection(String serviceName) {
        this.serviceName = serviceName;
    }

    /**
     * Options for a service's one connection to {@code url}: named after the service, reconnecting
     * without end every {@code reconnectWait}, with this object as its connection and error listener.
     */
    public Options options(String url, Duration reconnectWait) {
        // EXERCISE 9.12 BEGIN: the server, the service's name as the connection's, reconnects without end, and this
        // object told of connection events and errors.
        return new Options.Builder()
                .server(url)
                .connectionName(serviceName)
                .maxReconnects(-1) // forever: a service outlives a server restart
                .reconnectWait(reconnectWait)
                .connectionListener(this)
                .errorListener(this)
                .build();
        // EXERCISE 9.12 END
    }

    /** The connection's events and the server's errors, newest last, at most {@value #KEPT_EVENTS}. */
    public List<String> events() {
        return List.copyOf(events);
    }

    @Override
    public void connectionEvent(Connection connection, Events event) {
        remember("connection " + event.name());
    }

    @Override
    public void errorOccurred(Connection connection, String error) {
        remember("server error: " + error);
    }

    @Override
    public void exceptionOccurred(Connection connection, Exception exception) {
        remember("exception: " + exception);
    }

    private void remember(String event) {
        System.out.println("[" + serviceName + "] " + event); // a service's log is its standard output
        events.add(event);
        while (events.size() > KEPT_EVENTS) {
            events.remove(0);
        }
    }
}

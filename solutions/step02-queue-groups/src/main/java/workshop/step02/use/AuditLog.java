package workshop.step02.use;

import io.nats.client.Connection;
import io.nats.client.Dispatcher;
import io.nats.client.Message;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;

/**
 * Keeps a copy of every message on a subject filter, including the jobs a queue group shares out.
 * It is a plain subscriber, so the queue group's choice does not apply to it.
 */
public final class AuditLog implements AutoCloseable {

    private final Connection connection;
    private final List<Message> seen = new CopyOnWriteArrayList<>();
    private Dispatcher dispatcher;

    private AuditLog(Connection connection) {
        this.connection = connection;
    }

    /**
     * Starts recording every message on {@code filter} (wildcards allowed). When this returns the
     * server knows the subscription.
     *
     * @throws TimeoutException if the server did not confirm the subscription within two seconds
     */
    public static AuditLog start(Connection connection, String filter) throws TimeoutException, InterruptedException {
        AuditLog log = new AuditLog(connection);
        log.listen(filter);
        return log;
    }

    private void listen(String filter) throws TimeoutException, InterruptedException {
        // EXERCISE 2.5 BEGIN: Subscribe without a queue group and record every message in 'seen'; make sure the server
        // has the subscription.
        dispatcher = connection.createDispatcher(seen::add);
        dispatcher.subscribe(filter);
        connection.flush(Duration.ofSeconds(2));
        // EXERCISE 2.5 END
    }

    /** The messages recorded so far, in the order they arrived. */
    public List<Message> seen() {
        return List.copyOf(seen);
    }

    @Override
    public void close() {
        if (dispatcher != null) {
            connection.closeDispatcher(dispatcher);
        }
    }
}

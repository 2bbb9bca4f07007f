package workshop.step02.use;

import io.nats.client.Connection;
import io.nats.client.Dispatcher;
import io.nats.client.MessageHandler;
import java.util.concurrent.TimeoutException;

/**
 * One member of a queue group of workers: it gets its share of the jobs published on a subject, and
 * no other member of the group gets the same job. Members need no configuration on the server: a
 * worker joins the group by subscribing with the group's name, and leaves it by unsubscribing.
 */
public final class Worker implements AutoCloseable {

    private final Connection connection;
    private final Dispatcher dispatcher;

    /** A worker made of a connection and the dispatcher that runs its handler; {@link #start} makes one. */
    public Worker(Connection connection, Dispatcher dispatcher) {
        this.connection = connection;
        this.dispatcher = dispatcher;
    }

    /**
     * Starts a worker on {@code connection} that hands each job it gets to {@code handler}, on the
     * worker's own thread. When this returns, the server knows the worker: a job published from
     * anywhere after that can reach it.
     *
     * @throws TimeoutException if the server did not confirm the subscription within two seconds
     */
    public static Worker start(Connection connection, String subject, String queueGroup, MessageHandler handler)
            throws TimeoutException, InterruptedException {
        // TODO Exercise 2.4: Subscribe the handler on its own dispatcher as a member of the queue group; make sure the
        // server has the subscription before returning.
        throw new UnsupportedOperationException("Exercise 2.4 is not solved yet: Start a worker in a queue group. Read step02-queue-groups/README.md#24-start-a-worker-in-a-queue-group");
    }

    /** The dispatcher that runs this worker's handler: its subscription, its pending messages, its thread. */
    public Dispatcher dispatcher() {
        return dispatcher;
    }

    /** The connection this worker receives on. */
    public Connection connection() {
        return connection;
    }

    /** Stops at once: jobs received but not yet handled are dropped. {@link GracefulStop} does better. */
    @Override
    public void close() {
        connection.closeDispatcher(dispatcher);
    }
}

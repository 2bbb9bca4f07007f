package workshop.step01.use;

import io.nats.client.Connection;
import io.nats.client.Dispatcher;
import io.nats.client.MessageHandler;
import java.util.concurrent.TimeoutException;

/**
 * Asynchronous subscriptions: a {@link Dispatcher} owns a thread that calls your handler for each
 * message, one at a time. This is how most NATS applications listen.
 */
public final class AsyncSubscriber {

    private AsyncSubscriber() {}

    /**
     * Subscribes {@code handler} to {@code subject} (wildcards allowed) and returns once the server
     * knows about the subscription, so that anything published after this returns reaches it.
     *
     * @return the dispatcher, which the caller closes ({@code connection.closeDispatcher}) when done
     */
    public static Dispatcher subscribe(Connection connection, String subject, MessageHandler handler)
            throws TimeoutException, InterruptedException {
        // TODO Exercise 1.7: Create a dispatcher for the handler, subscribe it, and flush so the server has the
        // interest.
        throw new UnsupportedOperationException("Exercise 1.7 is not solved yet: Subscribe with a dispatcher. Read step01-core-pubsub/README.md#17-subscribe-with-a-dispatcher");
    }
}

package workshop.step01.use;

import io.nats.client.Connection;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * Leaving without losing anything. {@code close()} drops what is still in the client's buffers:
 * messages received but not yet handled, and messages published but not yet sent. {@code drain()}
 * first stops new messages from arriving, lets handlers finish what already arrived, flushes what
 * was published, and only then closes.
 */
public final class GracefulShutdown {

    private GracefulShutdown() {}

    /**
     * Drains the connection and waits until it is closed.
     *
     * @return true when everything was handled and sent within {@code timeout}
     */
    public static boolean drainAndClose(Connection connection, Duration timeout)
            throws InterruptedException, TimeoutException, ExecutionException {
        // TODO Exercise 1.10: Drain the connection and wait for the drain to finish.
        throw new UnsupportedOperationException("Exercise 1.10 is not solved yet: Drain before you leave. Read step01-core-pubsub/README.md#110-drain-before-you-leave");
    }
}

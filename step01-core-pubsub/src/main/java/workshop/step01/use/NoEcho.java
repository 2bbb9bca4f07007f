package workshop.step01.use;

import io.nats.client.Connection;
import java.io.IOException;

/**
 * By default a connection that subscribes to a subject it also publishes to hears its own messages
 * (the server echoes them back). A service that publishes events and listens to the same subject
 * for other instances' events usually does not want that.
 */
public final class NoEcho {

    private NoEcho() {}

    /** Connects to {@code url} so that the server never sends this connection its own messages. */
    public static Connection connectWithoutEcho(String url) throws IOException, InterruptedException {
        // TODO Exercise 1.11: Connect with the option that turns echo off.
        throw new UnsupportedOperationException("Exercise 1.11 is not solved yet: Don't hear yourself: no-echo. Read step01-core-pubsub/README.md#111-dont-hear-yourself-no-echo");
    }
}

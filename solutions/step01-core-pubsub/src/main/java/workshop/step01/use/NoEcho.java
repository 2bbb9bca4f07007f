package workshop.step01.use;

import io.nats.client.Connection;
import io.nats.client.Nats;
import io.nats.client.Options;
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
        // EXERCISE 1.11 BEGIN: Connect with the option that turns echo off.
        return Nats.connect(Options.builder().server(url).noEcho().build());
        // EXERCISE 1.11 END
    }
}

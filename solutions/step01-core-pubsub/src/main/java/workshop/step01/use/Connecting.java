package workshop.step01.use;

import io.nats.client.Connection;
import io.nats.client.ConnectionListener;
import io.nats.client.ErrorListener;
import io.nats.client.Nats;
import io.nats.client.Options;
import java.io.IOException;

/**
 * Connecting the real client, jnats, to a real server. A connection is the expensive, long-lived
 * thing in NATS: make one when the application starts and share it (it is thread-safe).
 */
public final class Connecting {

    private Connecting() {}

    /**
     * Connects to the server at {@code url}. The connection carries {@code name} (the server shows
     * it in its monitoring, which helps operators find you), tells {@code connectionEvents} when it
     * connects, disconnects, reconnects or closes, and tells {@code errors} what went wrong.
     */
    public static Connection connect(String url, String name, ConnectionListener connectionEvents, ErrorListener errors)
            throws IOException, InterruptedException {
        // EXERCISE 1.6 BEGIN: Build Options with the server, the name and both listeners, then connect.
        Options options = Options.builder()
                .server(url)
                .connectionName(name)
                .connectionListener(connectionEvents)
                .errorListener(errors)
                .build();
        return Nats.connect(options);
        // EXERCISE 1.6 END
    }
}

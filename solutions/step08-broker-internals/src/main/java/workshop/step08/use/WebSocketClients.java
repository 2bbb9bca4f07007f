package workshop.step08.use;

import io.nats.client.Options;
import java.time.Duration;

/**
 * A jnats client that reaches nats-server over WebSocket, as a browser or a client behind an HTTP
 * proxy does. Over the WebSocket the protocol is the same NATS protocol: the same subjects, the same
 * messages, shared with the clients on the {@code nats://} port.
 */
public final class WebSocketClients {

    private WebSocketClients() {}

    /**
     * jnats options for the server's WebSocket listener at {@code websocketUrl} ({@code ws://host:port}),
     * with a connection name the server shows in its monitoring, no reconnecting.
     */
    public static Options options(String websocketUrl, String connectionName, Duration connectionTimeout) {
        // EXERCISE 8.22 BEGIN: the WebSocket URL as the server, the connection's name, the timeout; no reconnecting.
        return new Options.Builder()
                .server(websocketUrl)
                .connectionName(connectionName)
                .connectionTimeout(connectionTimeout)
                .noReconnect()
                .build();
        // EXERCISE 8.22 END
    }
}

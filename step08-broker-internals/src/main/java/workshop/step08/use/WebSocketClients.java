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
        // TODO Exercise 8.22: the WebSocket URL as the server, the connection's name, the timeout; no reconnecting.
        throw new UnsupportedOperationException("Exercise 8.22 is not solved yet: Connect over WebSocket. Read step08-broker-internals/README.md#822-connect-over-websocket");
    }
}

package workshop.testkit;

import io.nats.client.Connection;
import io.nats.client.Nats;
import io.nats.client.Options;
import java.io.IOException;
import java.time.Duration;
import workshop.tools.ServerRelease;

/**
 * A running nats-server that one test class uses. Tests get it as a parameter
 * ({@code void test(NatsServer server)}) when they need its URL or their own connections.
 */
public interface NatsServer extends AutoCloseable {

    /** The URL a client connects to, e.g. {@code nats://127.0.0.1:41234}. */
    String url();

    /** Where this server came from. */
    ServerSource source();

    /**
     * The release this server runs, from the INFO it sends every client, so it is known for every
     * source (a local binary, NATS_URL, Docker). Where servers differ, a test branches on it:
     * {@code if (server.version().atLeast("2.10.23")) …}.
     */
    default ServerRelease version() {
        try (Connection probe = connect()) {
            return ServerRelease.parse(probe.getServerInfo().getVersion());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Could not ask " + url() + " for its version", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking " + url() + " for its version", e);
        }
    }

    /**
     * Stops the server and starts it again on the same port with the same JetStream store, as an
     * operator restarting it would. Only a server the test kit started from a local binary can do this.
     */
    void restart();

    /** Stops the server; a stopped server is not started again. */
    @Override
    void close();

    /** A new connection with the test kit's defaults: a short connect timeout, and reconnects that never give up. */
    default Connection connect() throws IOException, InterruptedException {
        return connect(new Options.Builder());
    }

    /**
     * A new connection to this server with the given options (its server URL is set for you). Under
     * {@code ./workshop test --wire} it goes through a wire spy that records its frames ({@link WireRecorder}).
     */
    default Connection connect(Options.Builder options) throws IOException, InterruptedException {
        return Nats.connect(options.server(WireRecorder.urlFor(url()))
                .connectionTimeout(Duration.ofSeconds(5))
                .reconnectWait(Duration.ofMillis(50))
                .maxReconnects(-1)
                .build());
    }
}

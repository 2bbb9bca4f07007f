package workshop.testkit;

import io.nats.client.Connection;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.Nats;
import io.nats.client.Options;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;

/**
 * Names for what one test makes on the server (streams, key/value buckets, object stores), and
 * their removal when the test ends, whether it passed or failed. A test of a {@link NatsServerTest}
 * class asks for it as a parameter:
 *
 * <pre>{@code
 * void test(JetStreamManagement jsm, TestResources resources) {
 *     String stream = resources.stream("ORDERS");    // e.g. ORDERS_48213
 *     String bucket = resources.bucket("counters");  // e.g. counters_71020, stored in stream KV_counters_71020
 * }
 * }</pre>
 *
 * The names are seeded from the test's name: the same on every run, different from test to test,
 * so tests never see each other's data, even on a server they share (NATS_URL). A consumer lives
 * in its stream and goes with it.
 * <p>
 * A run that was killed before it could clean up leaves its streams behind. So before handing out
 * a name, this deletes whatever is stored under it: on the next run every test starts from nothing.
 */
public final class TestResources implements AutoCloseable {

    private static final int STREAM_NOT_FOUND = 10059;

    private final NatsServer server;
    private final Random random;
    private final Set<String> streams = new LinkedHashSet<>(); // the streams behind every name handed out
    private Connection connection; // opened on first use, closed with this

    TestResources(NatsServer server, long seed) {
        this.server = server;
        this.random = new Random(
                seed ^ 0x4E414D45L); // not the test's own Random sequence: asking for a name leaves that alone
    }

    /** A stream name for this test, e.g. {@code ORDERS_48213}. The stream is deleted when the test ends. */
    public String stream(String prefix) throws IOException, InterruptedException {
        String name = uniqueName(prefix, "");
        claim(name, "stream " + name);
        return name;
    }

    /** A key/value bucket name for this test, e.g. {@code counters_71020}. Its stream {@code KV_<name>} is deleted when the test ends. */
    public String bucket(String prefix) throws IOException, InterruptedException {
        String name = uniqueName(prefix, "KV_");
        claim("KV_" + name, "key/value bucket " + name);
        return name;
    }

    /** An object store name for this test, e.g. {@code reports_30517}. Its stream {@code OBJ_<name>} is deleted when the test ends. */
    public String objectStore(String prefix) throws IOException, InterruptedException {
        String name = uniqueName(prefix, "OBJ_");
        claim("OBJ_" + name, "object store " + name);
        return name;
    }

    /** The streams behind every name handed out so far, e.g. {@code [ORDERS_48213, KV_counters_71020]}. */
    Set<String> streams() {
        return Set.copyOf(streams);
    }

    /** Deletes every stream behind a name handed out; what cannot be deleted now, the next run deletes first. */
    @Override
    public void close() {
        if (connection == null) {
            return;
        }
        try {
            JetStreamManagement jsm = connection.jetStreamManagement();
            for (String stream : streams) {
                try {
                    jsm.deleteStream(stream);
                } catch (JetStreamApiException e) {
                    if (e.getApiErrorCode() != STREAM_NOT_FOUND) { // not found: never created, or the test deleted it
                        warn("could not delete stream " + stream + ": " + e.getMessage());
                    }
                } catch (IOException e) {
                    warn("could not delete stream " + stream + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            warn("could not clean up: " + e.getMessage());
        } finally {
            closeConnection();
        }
    }

    private String uniqueName(String prefix, String streamPrefix) {
        String name;
        do {
            name = prefix + "_" + (10_000 + random.nextInt(90_000));
        } while (streams.contains(streamPrefix + name));
        return name;
    }

    /** Remembers the stream for deletion, and deletes a stream of that name an earlier run left. */
    private void claim(String stream, String what) throws IOException, InterruptedException {
        streams.add(stream);
        try {
            if (jsm().deleteStream(stream)) {
                System.out.println("[nats-testkit] deleted " + what + ", which an earlier run left on " + server.url());
            }
        } catch (JetStreamApiException e) {
            if (e.getApiErrorCode() != STREAM_NOT_FOUND) {
                throw leftover(what, e);
            }
        } catch (IOException e) {
            throw leftover(what, e);
        }
    }

    private AssertionError leftover(String what, Exception cause) {
        return new AssertionError(
                describe(server) + " still has " + what + " from an earlier run, and the test kit could not"
                        + " delete it (" + cause.getMessage()
                        + "). Delete it or use a fresh server; this is not about your exercise.",
                cause);
    }

    private JetStreamManagement jsm() throws IOException, InterruptedException {
        if (connection == null) {
            connection = housekeeping(server);
        }
        return connection.jetStreamManagement();
    }

    /**
     * A connection for the test kit's own requests (deleting, listing): straight to the server, not
     * through the wire spy of {@code ./workshop test --wire}, whose report shows what the test and the
     * learner's code said, not the kit's cleaning up.
     */
    static Connection housekeeping(NatsServer server) throws IOException, InterruptedException {
        return Nats.connect(new Options.Builder()
                .server(server.url())
                .connectionTimeout(Duration.ofSeconds(5))
                .reconnectWait(Duration.ofMillis(50))
                .maxReconnects(-1)
                .build());
    }

    private void closeConnection() {
        try {
            connection.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        connection = null;
    }

    /** "The NATS_URL server nats://…" or "The test server nats://…": whose server it is matters to the reader. */
    static String describe(NatsServer server) {
        return (server.source() instanceof ServerSource.ExternalServer ? "The NATS_URL server " : "The test server ")
                + server.url();
    }

    /** Only a shared server (NATS_URL) keeps what a test failed to delete; a server the kit started is deleted with its store. */
    private void warn(String message) {
        if (server.source() instanceof ServerSource.ExternalServer) {
            System.out.println(
                    "[nats-testkit] " + message + " (on " + server.url() + "; the next run deletes it first)");
        }
    }
}

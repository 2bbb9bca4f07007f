package workshop.step08.use;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import workshop.given.Json;

/**
 * Reads a nats-server's monitoring port ({@code http: …} in its configuration) as an operator's
 * script does: {@code /varz} for the server, {@code /connz?subs=1} for its clients and what they
 * subscribed to, {@code /subsz} for the subscriptions it routes by, {@code /healthz} for a load
 * balancer's yes or no. The answers are JSON, read with
 * {@link Json}; the same endpoints your own broker answers in exercise 8.9.
 */
public final class ServerMonitor {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final String monitoringUrl;

    /** {@code monitoringUrl} is {@code http://host:port}, without a path. */
    public ServerMonitor(String monitoringUrl) {
        this.monitoringUrl = monitoringUrl;
    }

    /** What {@code /varz} says first: the server's name, its version, how many clients are connected now. */
    public record ServerSummary(String name, String version, long connections) {}

    /** The server's name, version and current number of connections, from {@code /varz}. */
    public ServerSummary summary() throws IOException, InterruptedException {
        // TODO Exercise 8.11: Read /varz; its server_name, version and connections.
        throw new UnsupportedOperationException("Exercise 8.11 is not solved yet: Find a client on the monitoring port. Read step08-broker-internals/README.md#811-find-a-client-on-the-monitoring-port");
    }

    /**
     * The subjects the connection named {@code clientName} (jnats' {@code Options.connectionName})
     * subscribed to, in any order; empty when no connection has that name.
     */
    public List<String> subscriptionsOf(String clientName) throws IOException, InterruptedException {
        // TODO Exercise 8.11: Ask /connz for the connections with their subscriptions; find the one with that name.
        throw new UnsupportedOperationException("Exercise 8.11 is not solved yet: Find a client on the monitoring port. Read step08-broker-internals/README.md#811-find-a-client-on-the-monitoring-port");
    }

    /**
     * How many subscriptions the server holds now, from {@code /subsz}: every client's, and the
     * server's own (JetStream and the system account subscribe too, dozens of them), so only a
     * difference says what clients did.
     */
    public long subscriptionCount() throws IOException, InterruptedException {
        // TODO Exercise 8.11: Read /subsz; its num_subscriptions.
        throw new UnsupportedOperationException("Exercise 8.11 is not solved yet: Find a client on the monitoring port. Read step08-broker-internals/README.md#811-find-a-client-on-the-monitoring-port");
    }

    /** Whether {@code /healthz} answers {@code {"status":"ok"}}; a server that does not answer is not healthy. */
    public boolean isHealthy() throws InterruptedException {
        // TODO Exercise 8.11: /healthz's status is "ok" when healthy; no answer at all means not healthy.
        throw new UnsupportedOperationException("Exercise 8.11 is not solved yet: Find a client on the monitoring port. Read step08-broker-internals/README.md#811-find-a-client-on-the-monitoring-port");
    }

    /** A durable consumer's backlog as {@code /jsz} reports it. */
    public record ConsumerBacklog(long numPending, long numAckPending) {}

    /**
     * The backlog of consumer {@code durable} on {@code stream}, from {@code /jsz?consumers=true}: messages
     * not delivered yet ({@code num_pending}) and delivered but not acked ({@code num_ack_pending});
     * {@code null} when the server has no such consumer.
     */
    public ConsumerBacklog backlogOf(String stream, String durable) throws IOException, InterruptedException {
        // TODO Exercise 8.12: Walk /jsz?consumers=true: account_details, their stream_detail, their consumer_detail.
        throw new UnsupportedOperationException("Exercise 8.12 is not solved yet: Tell whether a consumer keeps up. Read step08-broker-internals/README.md#812-tell-whether-a-consumer-keeps-up");
    }

    /**
     * Whether the consumer keeps up: it exists, and both its undelivered and its unacked messages are
     * at most the thresholds. The health check an alert or a readiness probe asks.
     */
    public boolean keepsUp(String stream, String durable, long maxPending, long maxAckPending)
            throws IOException, InterruptedException {
        // TODO Exercise 8.12: Compare the consumer's backlog with both thresholds; a missing consumer does not keep
        // up.
        throw new UnsupportedOperationException("Exercise 8.12 is not solved yet: Tell whether a consumer keeps up. Read step08-broker-internals/README.md#812-tell-whether-a-consumer-keeps-up");
    }

    /** A JSON array member, empty when absent (nats-server leaves out empty lists). */
    private static List<?> list(Map<?, ?> object, String member) {
        return object.get(member) instanceof List<?> values ? values : List.of();
    }

    /** GETs a monitoring path (with its query) and parses the JSON object it answers. */
    private Map<String, Object> get(String pathAndQuery) throws IOException, InterruptedException {
        // TODO Exercise 8.11: GET monitoringUrl + pathAndQuery with the HttpClient; parse the body as a JSON object.
        throw new UnsupportedOperationException("Exercise 8.11 is not solved yet: Find a client on the monitoring port. Read step08-broker-internals/README.md#811-find-a-client-on-the-monitoring-port");
    }
}

package workshop.step08.use;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
        // EXERCISE 8.11 BEGIN: Read /varz; its server_name, version and connections.
        Map<String, Object> varz = get("/varz");
        return new ServerSummary(
                (String) varz.get("server_name"),
                (String) varz.get("version"),
                ((Number) varz.get("connections")).longValue());
        // EXERCISE 8.11 END
    }

    /**
     * The subjects the connection named {@code clientName} (jnats' {@code Options.connectionName})
     * subscribed to, in any order; empty when no connection has that name.
     */
    public List<String> subscriptionsOf(String clientName) throws IOException, InterruptedException {
        // EXERCISE 8.11 BEGIN: Ask /connz for the connections with their subscriptions; find the one with that name.
        Map<String, Object> connz = get("/connz?subs=1");
        for (Object each : (List<?>) connz.get("connections")) {
            Map<?, ?> connection = (Map<?, ?>) each;
            if (clientName.equals(connection.get("name"))) {
                // a connection without subscriptions has no subscriptions_list at all
                Object subjects = connection.get("subscriptions_list");
                return subjects == null
                        ? List.of()
                        : ((List<?>) subjects).stream().map(String::valueOf).toList();
            }
        }
        return List.of();
        // EXERCISE 8.11 END
    }

    /**
     * How many subscriptions the server holds now, from {@code /subsz}: every client's, and the
     * server's own (JetStream and the system account subscribe too, dozens of them), so only a
     * difference says what clients did.
     */
    public long subscriptionCount() throws IOException, InterruptedException {
        // EXERCISE 8.11 BEGIN: Read /subsz; its num_subscriptions.
        return ((Number) get("/subsz").get("num_subscriptions")).longValue();
        // EXERCISE 8.11 END
    }

    /** Whether {@code /healthz} answers {@code {"status":"ok"}}; a server that does not answer is not healthy. */
    public boolean isHealthy() throws InterruptedException {
        // EXERCISE 8.11 BEGIN: /healthz's status is "ok" when healthy; no answer at all means not healthy.
        try {
            return "ok".equals(get("/healthz").get("status"));
        } catch (IOException unreachable) {
            return false;
        }
        // EXERCISE 8.11 END
    }

    /** A durable consumer's backlog as {@code /jsz} reports it. */
    public record ConsumerBacklog(long numPending, long numAckPending) {}

    /**
     * The backlog of consumer {@code durable} on {@code stream}, from {@code /jsz?consumers=true}: messages
     * not delivered yet ({@code num_pending}) and delivered but not acked ({@code num_ack_pending});
     * {@code null} when the server has no such consumer.
     */
    public ConsumerBacklog backlogOf(String stream, String durable) throws IOException, InterruptedException {
        // EXERCISE 8.12 BEGIN: Walk /jsz?consumers=true: account_details, their stream_detail, their consumer_detail.
        Map<String, Object> jsz = get("/jsz?consumers=true");
        for (Object account : list(jsz, "account_details")) {
            for (Object each : list((Map<?, ?>) account, "stream_detail")) {
                Map<?, ?> streamDetail = (Map<?, ?>) each;
                if (!stream.equals(streamDetail.get("name"))) {
                    continue;
                }
                for (Object consumer : list(streamDetail, "consumer_detail")) {
                    Map<?, ?> detail = (Map<?, ?>) consumer;
                    if (durable.equals(detail.get("name"))) {
                        return new ConsumerBacklog(
                                ((Number) detail.get("num_pending")).longValue(),
                                ((Number) detail.get("num_ack_pending")).longValue());
                    }
                }
            }
        }
        return null;
        // EXERCISE 8.12 END
    }

    /**
     * Whether the consumer keeps up: it exists, and both its undelivered and its unacked messages are
     * at most the thresholds. The health check an alert or a readiness probe asks.
     */
    public boolean keepsUp(String stream, String durable, long maxPending, long maxAckPending)
            throws IOException, InterruptedException {
        // EXERCISE 8.12 BEGIN: Compare the consumer's backlog with both thresholds; a missing consumer does not keep
        // up.
        ConsumerBacklog backlog = backlogOf(stream, durable);
        return backlog != null && backlog.numPending() <= maxPending && backlog.numAckPending() <= maxAckPending;
        // EXERCISE 8.12 END
    }

    /** A JSON array member, empty when absent (nats-server leaves out empty lists). */
    private static List<?> list(Map<?, ?> object, String member) {
        return object.get(member) instanceof List<?> values ? values : List.of();
    }

    /** GETs a monitoring path (with its query) and parses the JSON object it answers. */
    private Map<String, Object> get(String pathAndQuery) throws IOException, InterruptedException {
        // EXERCISE 8.11 BEGIN: GET monitoringUrl + pathAndQuery with the HttpClient; parse the body as a JSON object.
        HttpRequest request = HttpRequest.newBuilder(URI.create(monitoringUrl + pathAndQuery))
                .timeout(TIMEOUT)
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return Json.parseObject(response.body());
        // EXERCISE 8.11 END
    }
}

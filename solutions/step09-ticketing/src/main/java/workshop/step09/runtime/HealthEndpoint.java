package workshop.step09.runtime;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.nats.client.Connection;
import io.nats.client.JetStreamApiException;
import io.nats.client.api.ConsumerInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import workshop.step09.bus.Listener;
import workshop.step09.bus.TicketingService;

/**
 * A service's {@code GET /health}, on the JDK's own HTTP server: 200 when the service is fit to do
 * its work, 503 when not, with a JSON body that says why. Fit means: its connection is
 * {@code CONNECTED}, and none of its consumers has more than {@code maxPending} events waiting. An
 * orchestrator (Kubernetes, systemd, a load balancer) restarts or stops routing to a service that
 * answers 503; an operator reads the body.
 *
 * <pre>{@code
 * {"service":"orders","healthy":true,"connection":"CONNECTED",
 *  "consumers":[{"name":"orders-tickets-created","pending":0,"ackPending":1}]}
 * }</pre>
 */
public final class HealthEndpoint implements AutoCloseable {

    /** What one consumer has not done yet: events not delivered, and delivered but not acknowledged. */
    public record ConsumerLag(String name, long pending, long ackPending) {}

    /** The health of a service at one moment. */
    public record Health(String service, boolean healthy, String connection, List<ConsumerLag> consumers) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TicketingService service;
    private final Connection connection;
    private final long maxPending;
    private final HttpServer server;

    /** Listens on {@code port} of 127.0.0.1 (0: any free port, see {@link #port()}) once {@link #start()} is called. */
    public HealthEndpoint(TicketingService service, Connection connection, long maxPending, int port)
            throws IOException {
        this.service = service;
        this.connection = connection;
        this.maxPending = maxPending;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/health", this::answer);
    }

    public HealthEndpoint start() {
        server.start();
        return this;
    }

    /** The port it listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * The service's health now: the connection's status, and each listener's consumer's pending and
     * ack-pending counts, read from the server.
     */
    public Health check() {
        // EXERCISE 9.13 BEGIN: the connection's status; each listener's consumer's lag; healthy when connected and no
        // consumer has more than maxPending waiting. A consumer the server cannot be asked about makes it unhealthy.
        String status = connection.getStatus().name();
        boolean healthy = connection.getStatus() == Connection.Status.CONNECTED;
        List<ConsumerLag> lags = new ArrayList<>();
        for (Listener<?> listener : service.listeners()) {
            try {
                ConsumerInfo info =
                        connection.jetStreamManagement().getConsumerInfo(listener.stream(), listener.durableName());
                lags.add(new ConsumerLag(listener.durableName(), info.getNumPending(), info.getNumAckPending()));
                healthy &= info.getNumPending() <= maxPending;
            } catch (IOException | JetStreamApiException | IllegalStateException unknown) {
                lags.add(new ConsumerLag(listener.durableName(), -1, -1));
                healthy = false;
            }
        }
        return new Health(service.name(), healthy, status, lags);
        // EXERCISE 9.13 END
    }

    private void answer(HttpExchange exchange) throws IOException {
        Health health = check();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("service", health.service());
        body.put("healthy", health.healthy());
        body.put("connection", health.connection());
        body.put("consumers", health.consumers());
        byte[] json = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(health.healthy() ? 200 : 503, json.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(json);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

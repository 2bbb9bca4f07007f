package workshop.step08.monitoring;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import workshop.given.Json;

/**
 * Serves {@link MonitoringEndpoints} over HTTP, like nats-server's monitoring port (8222 by
 * convention): {@code /varz}, {@code /connz}, {@code /subsz} and {@code /healthz}, as JSON.
 * Uses the JDK's built-in HTTP server, so the workshop needs no web framework. It sees the broker
 * only through a read-only {@link BrokerView}.
 */
public final class MonitoringServer implements AutoCloseable {

    private final HttpServer http;

    private MonitoringServer(HttpServer http) {
        this.http = http;
    }

    public static MonitoringServer start(BrokerView broker, String host, int port) {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getByName(host), port), 0);
            MonitoringEndpoints endpoints = new MonitoringEndpoints(broker);
            serve(http, "/varz", endpoints::varz);
            serve(http, "/connz", endpoints::connz);
            serve(http, "/subsz", endpoints::subsz);
            serve(http, "/healthz", () -> Map.of("status", "ok"));
            http.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            http.start();
            return new MonitoringServer(http);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start monitoring on " + host + ":" + port, e);
        }
    }

    private static void serve(HttpServer http, String path, Supplier<Map<String, Object>> endpoint) {
        http.createContext(path, exchange -> {
            try (exchange) {
                respond(exchange, endpoint);
            }
        });
    }

    private static void respond(HttpExchange exchange, Supplier<Map<String, Object>> endpoint) throws IOException {
        int status;
        String body;
        try {
            body = Json.write(endpoint.get());
            status = 200;
        } catch (RuntimeException e) {
            body = Json.write(Map.of("error", String.valueOf(e.getMessage())));
            status = 500;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    public int port() {
        return http.getAddress().getPort();
    }

    @Override
    public void close() {
        http.stop(0);
    }
}

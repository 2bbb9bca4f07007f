package workshop.step09.app;

import io.nats.client.JetStreamApiException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import workshop.step09.bus.EventBus;
import workshop.step09.bus.ListenerSettings;
import workshop.step09.expiration.ExpirationService;
import workshop.step09.orders.OrdersService;
import workshop.step09.payments.PaymentsService;
import workshop.step09.runtime.ServiceRunner;
import workshop.step09.tickets.TicketsService;

/**
 * The whole ticketing app in one process: the four services, each on its own connection with its
 * own health endpoint, exactly as four programs would run (they share nothing but the bus). For a
 * demo and for the end-to-end tests; in production each would be its own program
 * ({@link ServiceRunner#run}).
 *
 * <pre>
 *   ./mvnw -q -pl step09-ticketing compile exec:java@app      # against NATS_URL, health on 8081-8084
 * </pre>
 */
public final class TicketingApp implements AutoCloseable {

    /** The services' names, which are also their connections' names in {@code /connz}. */
    public static final String TICKETS = "tickets", ORDERS = "orders", EXPIRATION = "expiration", PAYMENTS = "payments";

    private final List<ServiceRunner> runners;

    private TicketingApp(List<ServiceRunner> runners) {
        this.runners = List.copyOf(runners);
    }

    /**
     * Starts tickets, orders (holding an order for {@code hold}), expiration and payments against
     * {@code url} on {@code bus}, in that order; their health endpoints on {@code firstHealthPort}
     * and the three ports after it (0: any free ports). If one fails to start, those started are
     * stopped again.
     */
    public static TicketingApp start(
            String url, EventBus bus, ListenerSettings settings, Duration hold, int firstHealthPort)
            throws IOException, InterruptedException, JetStreamApiException {
        List<ServiceRunner> started = new ArrayList<>();
        try {
            startAll(started, url, bus, settings, hold, firstHealthPort);
        } catch (IOException | InterruptedException | JetStreamApiException | RuntimeException e) {
            started.reversed().forEach(ServiceRunner::close);
            throw e;
        }
        return new TicketingApp(started);
    }

    /** Starts the four services into {@code started}, in the story's order. */
    private static void startAll(
            List<ServiceRunner> started,
            String url,
            EventBus bus,
            ListenerSettings settings,
            Duration hold,
            int firstHealthPort)
            throws IOException, InterruptedException, JetStreamApiException {
        // EXERCISE 9.15 BEGIN: start the four services, each with ServiceRunner on its own connection and health
        // port: tickets, orders with the hold, expiration, payments.
        started.add(ServiceRunner.start(TICKETS, url, port(firstHealthPort, 0), bus, settings, TicketsService::new));
        started.add(ServiceRunner.start(
                ORDERS, url, port(firstHealthPort, 1), bus, settings, (c, s) -> new OrdersService(c, s, hold)));
        started.add(
                ServiceRunner.start(EXPIRATION, url, port(firstHealthPort, 2), bus, settings, ExpirationService::new));
        started.add(ServiceRunner.start(PAYMENTS, url, port(firstHealthPort, 3), bus, settings, PaymentsService::new));
        // EXERCISE 9.15 END
    }

    private static int port(int first, int offset) {
        return first == 0 ? 0 : first + offset;
    }

    /** The running service named {@code name}, as the type it is. */
    public <S> S service(String name, Class<S> type) {
        return runners.stream()
                .map(ServiceRunner::service)
                .filter(service -> service.name().equals(name))
                .map(type::cast)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no service " + name + " is running"));
    }

    /** The runners, in the order the services started. */
    public List<ServiceRunner> runners() {
        return runners;
    }

    /** Stops the services in the order opposite to their start: each stops pulling and drains. */
    @Override
    public void close() {
        runners.reversed().forEach(ServiceRunner::close);
    }

    /** Runs the app against {@code NATS_URL} until SIGTERM (Ctrl-C). */
    public static void main(String[] args) throws Exception {
        String url = System.getenv().getOrDefault("NATS_URL", "nats://127.0.0.1:4222");
        TicketingApp app =
                start(url, EventBus.standard(), ListenerSettings.standard(), OrdersService.STANDARD_HOLD, 8081);
        for (ServiceRunner runner : app.runners()) {
            System.out.printf(
                    "%-10s health on http://127.0.0.1:%d/health%n",
                    runner.service().name(), runner.healthPort());
        }
        System.out.println("running against " + url + "; Ctrl-C stops every service, draining each");
        ServiceRunner.untilSigterm("ticketing", app);
    }
}

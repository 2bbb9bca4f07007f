package workshop.step09.runtime;

import io.nats.client.Connection;
import io.nats.client.JetStreamApiException;
import io.nats.client.Nats;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeoutException;
import workshop.step09.bus.EventBus;
import workshop.step09.bus.ListenerSettings;
import workshop.step09.bus.ServiceContext;
import workshop.step09.bus.TicketingService;
import workshop.step09.events.EventCodec;

/**
 * Runs one service as a program: connect, start, answer health checks, and on SIGTERM (Ctrl-C, a
 * container stop) stop cleanly. A service's {@code main} is one line:
 * {@code ServiceRunner.run("orders", 8082, OrdersService::new)}.
 *
 * <p>Reads {@code NATS_URL} (default {@code nats://127.0.0.1:4222}) and {@code HEALTH_PORT} (default
 * the service's own). Stopping, in this order: the listeners stop pulling, the connection drains
 * (what was handed to a handler finishes, what was published goes out) within 10 s, then the health
 * endpoint closes.
 */
public final class ServiceRunner implements RunningService {

    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(10);

    private final TicketingService service;
    private final Connection connection;
    private final HealthEndpoint health;
    private boolean closed;

    private ServiceRunner(TicketingService service, Connection connection, HealthEndpoint health) {
        this.service = service;
        this.connection = connection;
        this.health = health;
    }

    /** How a service is made from its context and settings: {@code OrdersService::new}. */
    @FunctionalInterface
    public interface ServiceFactory {
        TicketingService make(ServiceContext context, ListenerSettings settings);
    }

    /**
     * Connects to {@code url} as {@code name}, makes the service, starts it and its health endpoint
     * on {@code healthPort} (0: any free port), on the standard bus with the standard settings.
     */
    public static ServiceRunner start(String name, String url, int healthPort, ServiceFactory factory)
            throws IOException, InterruptedException, JetStreamApiException {
        return start(name, url, healthPort, EventBus.standard(), ListenerSettings.standard(), factory);
    }

    /** The same on {@code bus} with {@code settings}: what a test gives to run services side by side. */
    public static ServiceRunner start(
            String name, String url, int healthPort, EventBus bus, ListenerSettings settings, ServiceFactory factory)
            throws IOException, InterruptedException, JetStreamApiException {
        Connection connection = Nats.connect(new ServiceConnection(name).options(url, Duration.ofSeconds(1)));
        try {
            TicketingService service =
                    factory.make(new ServiceContext(name, connection, bus, new EventCodec()), settings);
            service.start();
            HealthEndpoint health = new HealthEndpoint(service, connection, 1000, healthPort).start();
            return new ServiceRunner(service, connection, health);
        } catch (IOException | JetStreamApiException | RuntimeException e) {
            connection.close(); // a service that did not start leaves no connection behind
            throw e;
        }
    }

    /** A service's whole {@code main}: start it, stop it on SIGTERM, wait until then. */
    public static void run(String name, int defaultHealthPort, ServiceFactory factory) throws Exception {
        String url = System.getenv().getOrDefault("NATS_URL", "nats://127.0.0.1:4222");
        int port = Integer.parseInt(System.getenv().getOrDefault("HEALTH_PORT", String.valueOf(defaultHealthPort)));
        ServiceRunner runner = start(name, url, port, factory);
        System.out.printf(
                "[%s] running against %s; health on http://127.0.0.1:%d/health%n", name, url, runner.healthPort());
        untilSigterm(name, runner);
    }

    /**
     * Waits until the JVM is told to stop (SIGTERM, Ctrl-C), then closes {@code running} in a shutdown
     * hook: the end of every program's {@code main} here.
     */
    public static void untilSigterm(String name, AutoCloseable running) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            try {
                                running.close();
                            } catch (Exception e) {
                                System.out.println("[" + name + "] stopping failed: " + e);
                            }
                            stopped.countDown();
                        },
                        name + "-shutdown"));
        stopped.await();
    }

    @Override
    public int healthPort() {
        return health.port();
    }

    @Override
    public TicketingService service() {
        return service;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        service.close();
        try {
            connection.drain(DRAIN_TIMEOUT).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | TimeoutException e) {
            System.out.println("[" + service.name() + "] drain did not finish: " + e);
        } finally {
            health.close();
        }
    }
}

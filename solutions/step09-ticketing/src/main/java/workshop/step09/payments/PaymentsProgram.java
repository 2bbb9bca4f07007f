package workshop.step09.payments;

// EXERCISE 9.16 WHOLE FILE: the payments service as a program, from connection to SIGTERM

import io.nats.client.Connection;
import io.nats.client.JetStreamApiException;
import io.nats.client.Nats;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import workshop.step09.bus.EventBus;
import workshop.step09.bus.ListenerSettings;
import workshop.step09.bus.ServiceContext;
import workshop.step09.bus.TicketingService;
import workshop.step09.events.EventCodec;
import workshop.step09.runtime.HealthEndpoint;
import workshop.step09.runtime.RunningService;
import workshop.step09.runtime.ServiceConnection;

/**
 * The payments service as a program, written out step by step (the other services leave the same
 * steps to {@code ServiceRunner}): connect under the service's name, make and start the service,
 * answer health checks, and on SIGTERM stop pulling, drain the connection, close.
 */
public final class PaymentsProgram implements RunningService {

    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(10);

    private final Connection connection;
    private final PaymentsService service;
    private final HealthEndpoint health;
    private boolean closed;

    /** Connects to {@code url}, starts the payments service on {@code bus}, and its health on {@code healthPort} (0: any). */
    public PaymentsProgram(String url, int healthPort, EventBus bus, ListenerSettings settings)
            throws IOException, InterruptedException, JetStreamApiException {
        connection = Nats.connect(new ServiceConnection(PaymentsService.NAME).options(url, Duration.ofSeconds(1)));
        try {
            service = new PaymentsService(
                    new ServiceContext(PaymentsService.NAME, connection, bus, new EventCodec()), settings);
            service.start();
            health = new HealthEndpoint(service, connection, 1000, healthPort).start();
        } catch (IOException | JetStreamApiException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public TicketingService service() {
        return service;
    }

    @Override
    public int healthPort() {
        return health.port();
    }

    /** Stops pulling, then drains: what was handed to the service finishes and what it published goes out. */
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
        } catch (ExecutionException | TimeoutException e) {
            System.out.println("[payments] drain did not finish: " + e);
        } finally {
            health.close();
        }
    }

    /** Runs against {@code NATS_URL} with health on {@code HEALTH_PORT} (default 8084) until SIGTERM. */
    public static void main(String[] args) throws Exception {
        String url = System.getenv().getOrDefault("NATS_URL", "nats://127.0.0.1:4222");
        int port = Integer.parseInt(System.getenv().getOrDefault("HEALTH_PORT", "8084"));
        PaymentsProgram program = new PaymentsProgram(url, port, EventBus.standard(), ListenerSettings.standard());
        System.out.println("[payments] running against " + url + "; health on http://127.0.0.1:" + program.healthPort()
                + "/health");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            program.close();
                            System.out.println("[payments] stopped");
                            stopped.countDown();
                        },
                        "payments-shutdown"));
        stopped.await();
    }
}

package workshop.step02.demo;

import io.nats.client.Connection;
import io.nats.client.Dispatcher;
import io.nats.client.Nats;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * A member of the {@code orders-service} queue group on {@code tickets.created}. Start two or three
 * in separate terminals, then run {@link TicketPublisher}: each ticket is printed by one of them.
 * Connects to {@code NATS_URL} (default {@code nats://localhost:4222}); Ctrl-C drains and stops it.
 */
public final class OrdersWorker {

    public static void main(String[] args) throws Exception {
        String url = System.getenv().getOrDefault("NATS_URL", "nats://localhost:4222");
        String name =
                args.length > 0 ? args[0] : "worker-" + ProcessHandle.current().pid();
        Connection connection = Nats.connect(url);
        Dispatcher dispatcher = connection.createDispatcher(
                message -> System.out.println(name + " got " + new String(message.getData(), StandardCharsets.UTF_8)));
        dispatcher.subscribe("tickets.created", "orders-service");
        System.out.println(name + " is in queue group 'orders-service' on tickets.created at " + url);

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                // Finish what was already received, then leave.
                connection.drain(Duration.ofSeconds(5)).get();
            } catch (Exception e) {
                System.err.println("Drain did not finish: " + e);
            }
            stopped.countDown();
        }));
        stopped.await();
    }
}

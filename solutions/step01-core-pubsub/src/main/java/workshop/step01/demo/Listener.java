package workshop.step01.demo;

import io.nats.client.Connection;
import io.nats.client.Dispatcher;
import io.nats.client.Nats;
import io.nats.client.Options;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Listens to a subject and prints every message, until Ctrl-C; then drains, so that messages
 * already received are still printed before it exits.
 * <pre>
 *   ./mvnw -q -pl step01-core-pubsub compile exec:java@listen                       (tickets.>)
 *   ./mvnw -q -pl step01-core-pubsub compile exec:java@listen -Dexec.args="orders.*"
 * </pre>
 * The server is {@code NATS_URL}, by default {@code nats://localhost:4222}.
 */
public final class Listener {

    public static void main(String[] args) throws Exception {
        String url = System.getenv().getOrDefault("NATS_URL", "nats://localhost:4222");
        String subject = args.length > 0 ? args[0] : "tickets.>";
        Connection connection = Nats.connect(
                Options.builder().server(url).connectionName("step01-listener").build());
        CountDownLatch closed = new CountDownLatch(1);

        Dispatcher dispatcher = connection.createDispatcher(message -> System.out.printf(
                "[%s] %s%n", message.getSubject(), new String(message.getData(), StandardCharsets.UTF_8)));
        dispatcher.subscribe(subject);
        System.out.printf("Listening on '%s' at %s. Publish with exec:java@publish; Ctrl-C to stop.%n", subject, url);

        // Ctrl-C: stop taking new messages, finish the ones already here, then close.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                connection.drain(Duration.ofSeconds(5)).get();
                System.out.println("Drained and closed.");
            } catch (Exception e) {
                System.out.println("Could not drain: " + e);
            } finally {
                closed.countDown();
            }
        }));
        closed.await();
    }
}

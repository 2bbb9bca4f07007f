package workshop.step01.demo;

import io.nats.client.Connection;
import io.nats.client.Nats;
import io.nats.client.Options;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Publishes one message and exits.
 * <pre>
 *   ./mvnw -q -pl step01-core-pubsub compile exec:java@publish                                   (tickets.created)
 *   ./mvnw -q -pl step01-core-pubsub compile exec:java@publish -Dexec.args="orders.eu.created 'order 42'"
 * </pre>
 * The server is {@code NATS_URL}, by default {@code nats://localhost:4222}. Start a Listener first:
 * with nobody subscribed, the message is simply gone (at-most-once).
 */
public final class Publisher {

    public static void main(String[] args) throws Exception {
        String url = System.getenv().getOrDefault("NATS_URL", "nats://localhost:4222");
        String subject = args.length > 0 ? args[0] : "tickets.created";
        String text = args.length > 1 ? args[1] : "{\"id\":\"t-1\",\"title\":\"concert\",\"price\":20}";
        try (Connection connection = Nats.connect(
                Options.builder().server(url).connectionName("step01-publisher").build())) {
            connection.publish(subject, text.getBytes(StandardCharsets.UTF_8));
            connection.flush(Duration.ofSeconds(2)); // make sure it left this process before we close
            System.out.printf("Published to '%s' at %s: %s%n", subject, url, text);
        }
    }
}

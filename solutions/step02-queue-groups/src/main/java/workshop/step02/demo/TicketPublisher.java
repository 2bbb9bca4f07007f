package workshop.step02.demo;

import io.nats.client.Connection;
import io.nats.client.Nats;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Publishes tickets on {@code tickets.created} ({@code args[0]} of them, default 10) to
 * {@code NATS_URL} (default {@code nats://localhost:4222}), for {@link OrdersWorker}s to share.
 */
public final class TicketPublisher {

    public static void main(String[] args) throws Exception {
        String url = System.getenv().getOrDefault("NATS_URL", "nats://localhost:4222");
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        try (Connection connection = Nats.connect(url)) {
            for (int i = 1; i <= count; i++) {
                String ticket = "{\"ticket\":" + i + ",\"price\":" + (10 * i) + "}";
                connection.publish("tickets.created", ticket.getBytes(StandardCharsets.UTF_8));
            }
            connection.flush(Duration.ofSeconds(2));
            System.out.println("Published " + count + " tickets on tickets.created");
        }
    }
}

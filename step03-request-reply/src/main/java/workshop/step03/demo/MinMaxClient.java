package workshop.step03.demo;

import io.nats.client.Connection;
import io.nats.client.Message;
import io.nats.client.Nats;
import io.nats.service.ServiceMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Asks the minmax service: {@code args[0]} is the endpoint ({@code min} or {@code max}, default
 * {@code min}), {@code args[1]} the JSON array (default {@code [-1,2,100,-2000]}). Prints the answer,
 * the error headers of an error reply, or that nobody is listening.
 */
public final class MinMaxClient {

    public static void main(String[] args) throws Exception {
        String url = System.getenv().getOrDefault("NATS_URL", "nats://localhost:4222");
        String endpoint = args.length > 0 ? args[0] : "min";
        String json = args.length > 1 ? args[1] : "[-1,2,100,-2000]";
        try (Connection connection = Nats.connect(url)) {
            Message reply = connection.request(
                    "minmax." + endpoint, json.getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(2));
            if (reply == null) {
                System.out.println("No answer: no instance of minmax is running (or it was too slow)");
            } else if (reply.hasHeaders() && reply.getHeaders().containsKey(ServiceMessage.NATS_SERVICE_ERROR_CODE)) {
                System.out.println("Error " + reply.getHeaders().getFirst(ServiceMessage.NATS_SERVICE_ERROR_CODE) + ": "
                        + reply.getHeaders().getFirst(ServiceMessage.NATS_SERVICE_ERROR));
            } else {
                System.out.println(new String(reply.getData(), StandardCharsets.UTF_8));
            }
        }
    }
}

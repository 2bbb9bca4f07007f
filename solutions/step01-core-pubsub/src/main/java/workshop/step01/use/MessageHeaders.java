package workshop.step01.use;

import io.nats.client.Connection;
import io.nats.client.Message;
import io.nats.client.impl.Headers;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Headers: metadata next to the payload, like HTTP headers (a trace id, a content type, an event
 * version) so that nobody has to parse the payload to route or trace a message.
 */
public final class MessageHeaders {

    private MessageHeaders() {}

    /** Publishes the payload to the subject with the given headers (one value per name). */
    public static void publishWithHeaders(
            Connection connection, String subject, Map<String, String> headers, byte[] payload) {
        // EXERCISE 1.9 BEGIN: Put every entry into jnats Headers and publish them with the payload.
        Headers natsHeaders = new Headers();
        headers.forEach(natsHeaders::put);
        connection.publish(subject, natsHeaders, payload);
        // EXERCISE 1.9 END
    }

    /** The headers of a received message, first value of each name, in the order they came; empty when it has none. */
    public static Map<String, String> headersOf(Message message) {
        // EXERCISE 1.9 BEGIN: Read each header name and its first value; a message without headers gives an empty map.
        Map<String, String> result = new LinkedHashMap<>();
        if (message.hasHeaders()) {
            Headers headers = message.getHeaders();
            for (String name : headers.keySet()) {
                result.put(name, headers.getFirst(name));
            }
        }
        return result;
        // EXERCISE 1.9 END
    }
}

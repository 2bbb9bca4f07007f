package workshop.step01.use;

import io.nats.client.Connection;
import io.nats.client.Message;
import io.nats.client.impl.Headers;
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
        // TODO Exercise 1.9: Put every entry into jnats Headers and publish them with the payload.
        throw new UnsupportedOperationException("Exercise 1.9 is not solved yet: Carry headers. Read step01-core-pubsub/README.md#19-carry-headers");
    }

    /** The headers of a received message, first value of each name, in the order they came; empty when it has none. */
    public static Map<String, String> headersOf(Message message) {
        // TODO Exercise 1.9: Read each header name and its first value; a message without headers gives an empty map.
        throw new UnsupportedOperationException("Exercise 1.9 is not solved yet: Carry headers. Read step01-core-pubsub/README.md#19-carry-headers");
    }
}

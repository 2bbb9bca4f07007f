package workshop.step05.use;

import io.nats.client.ConsumerContext;
import io.nats.client.JetStreamApiException;
import io.nats.client.Message;
import io.nats.client.MessageConsumer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * {@code consume}: jnats keeps pull requests going in the background and calls a handler for
 * every message, like a push subscription but with the flow control of pull.
 */
public final class ContinuousConsumer {

    private ContinuousConsumer() {}

    /**
     * Starts handing every message's payload to the handler, one at a time. A message the handler
     * processed without an exception is acked; one whose handler threw is nak'ed, so the server
     * delivers it again. Stop with {@link MessageConsumer#stop()} (or close it).
     */
    public static MessageConsumer start(ConsumerContext consumer, Consumer<String> handler)
            throws IOException, JetStreamApiException {
        // EXERCISE 5.8 BEGIN: consume with a handler that passes the text on, then acks, or naks when the handler
        // throws.
        return consumer.consume((Message message) -> {
            try {
                handler.accept(new String(message.getData(), StandardCharsets.UTF_8));
                message.ack();
            } catch (RuntimeException failed) {
                message.nak(); // try again: the server redelivers it right away
            }
        });
        // EXERCISE 5.8 END
    }
}

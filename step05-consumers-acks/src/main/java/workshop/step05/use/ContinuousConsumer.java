package workshop.step05.use;

import io.nats.client.ConsumerContext;
import io.nats.client.JetStreamApiException;
import io.nats.client.MessageConsumer;
import java.io.IOException;
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
        // TODO Exercise 5.8: consume with a handler that passes the text on, then acks, or naks when the handler
        // throws.
        throw new UnsupportedOperationException("Exercise 5.8 is not solved yet: Consume continuously. Read step05-consumers-acks/README.md#58-consume-continuously");
    }
}

package workshop.step03.use;

import io.nats.client.Connection;
import io.nats.client.Message;
import java.time.Duration;
import java.util.List;

/**
 * Scatter-gather: one request, every responder answers, and the requester keeps the answers that
 * arrive before a deadline. A blocking {@code request} cannot do this, because it returns with the
 * first answer; so this subscribes to an inbox of its own and publishes with that inbox as the reply
 * subject.
 */
public final class ScatterGather {

    private ScatterGather() {}

    /**
     * Publishes {@code payload} on {@code subject} and collects replies until {@code deadline} has
     * passed or {@code maxReplies} have arrived, whichever comes first. Returns at once, with no
     * replies, when the server says nobody is listening (a 503 status). Replies are in arrival order.
     */
    public static List<Message> gather(
            Connection connection, String subject, byte[] payload, Duration deadline, int maxReplies)
            throws InterruptedException {
        // TODO Exercise 3.7: Subscribe to a new inbox, publish with it as the reply subject, then take replies until
        // the deadline, the maximum, or a 503.
        throw new UnsupportedOperationException("Exercise 3.7 is not solved yet: Scatter-gather. Read step03-request-reply/README.md#37-scatter-gather");
    }
}

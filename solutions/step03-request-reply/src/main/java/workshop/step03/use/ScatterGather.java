package workshop.step03.use;

import io.nats.client.Connection;
import io.nats.client.Message;
import io.nats.client.Subscription;
import java.time.Duration;
import java.util.ArrayList;
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
        // EXERCISE 3.7 BEGIN: Subscribe to a new inbox, publish with it as the reply subject, then take replies until
        // the deadline, the maximum, or a 503.
        long end = System.nanoTime() + deadline.toNanos();
        String inbox = connection.createInbox();
        Subscription replies = connection.subscribe(inbox);
        try {
            connection.publish(subject, inbox, payload);
            List<Message> gathered = new ArrayList<>();
            while (gathered.size() < maxReplies) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                // At least 1 ms: a zero Duration would mean "wait forever" to nextMessage.
                Message reply = replies.nextMessage(Duration.ofMillis(Math.max(1, left / 1_000_000)));
                if (reply == null) {
                    break;
                }
                if (reply.isStatusMessage()) {
                    if (reply.getStatus().getCode() == 503) {
                        break;
                    }
                    continue;
                }
                gathered.add(reply);
            }
            return gathered;
        } finally {
            replies.unsubscribe();
        }
        // EXERCISE 3.7 END
    }
}

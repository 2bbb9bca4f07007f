package workshop.step01.use;

import io.nats.client.Message;
import io.nats.client.Subscription;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Synchronous subscriptions: no handler and no thread of their own; your code asks for the next
 * message when it is ready for one ({@link Subscription#nextMessage(Duration)}).
 */
public final class SyncSubscriber {

    private SyncSubscriber() {}

    /**
     * Takes up to {@code max} messages from the subscription, waiting at most {@code patience} for
     * each. Returns early, with what it has, when a wait ends with no message.
     */
    public static List<Message> nextMessages(Subscription subscription, int max, Duration patience)
            throws InterruptedException {
        // EXERCISE 1.8 BEGIN: Ask for one message at a time; stop at max, or at the first wait that brings nothing.
        List<Message> messages = new ArrayList<>();
        while (messages.size() < max) {
            Message next = subscription.nextMessage(patience);
            if (next == null) {
                break; // nothing came in time
            }
            messages.add(next);
        }
        return messages;
        // EXERCISE 1.8 END
    }
}

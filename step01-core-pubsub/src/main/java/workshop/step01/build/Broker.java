package workshop.step01.build;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A NATS-like broker inside one JVM: clients subscribe to subjects (wildcards allowed) and every
 * published message goes to every matching subscription, at most once, in subscription order.
 * A message nobody subscribed to is gone: it is only counted ({@link #droppedCount()}).
 * <p>
 * Delivery is synchronous: {@code publish} returns after every matching handler has run, on the
 * publisher's thread. That keeps the broker small and its tests exact; the real server delivers
 * asynchronously, over the network.
 */
public final class Broker {

    // Publishing (frequent) reads the list without locking; subscribing (rare) copies it.
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private final AtomicLong dropped = new AtomicLong();

    /**
     * Subscribes the handler to a subject, which may hold wildcards.
     *
     * @throws IllegalArgumentException when the subject is not a valid subscription subject
     */
    public Subscription subscribe(String filter, Consumer<Message> handler) {
        // TODO Exercise 1.3: Validate the subject, then register a subscription the broker will deliver to.
        throw new UnsupportedOperationException("Exercise 1.3 is not solved yet: Route every message to every match. Read step01-core-pubsub/README.md#13-route-every-message-to-every-match");
    }

    /** Publishes a text payload (UTF-8) with no reply subject and no headers. */
    public int publish(String subject, String payload) {
        return publish(Message.of(subject, payload.getBytes(StandardCharsets.UTF_8)));
    }

    /** Publishes a message with a reply subject and headers. */
    public int publish(String subject, String replyTo, Map<String, List<String>> headers, byte[] payload) {
        return publish(new Message(subject, replyTo, headers, payload));
    }

    /**
     * Delivers the message to every active subscription whose subject matches, in the order they
     * subscribed.
     *
     * @return how many subscriptions received it
     * @throws IllegalArgumentException when the subject is not a valid publish subject
     */
    public int publish(Message message) {
        int delivered = deliverToMatchingSubscriptions(message);
        countIfDropped(delivered);
        return delivered;
    }

    /** How many published messages found no subscriber, since the broker started. */
    public long droppedCount() {
        // TODO Exercise 1.5: Report how many messages nobody received.
        throw new UnsupportedOperationException("Exercise 1.5 is not solved yet: Count what nobody heard. Read step01-core-pubsub/README.md#15-count-what-nobody-heard");
    }

    /** How many subscriptions are active. */
    public int subscriptionCount() {
        return subscriptions.size();
    }

    private int deliverToMatchingSubscriptions(Message message) {
        // TODO Exercise 1.3: Reject an invalid subject; give the message to every matching subscription; count them.
        throw new UnsupportedOperationException("Exercise 1.3 is not solved yet: Route every message to every match. Read step01-core-pubsub/README.md#13-route-every-message-to-every-match");
    }

    /** Called by {@code publish} for every message, with how many subscriptions received it. */
    private void countIfDropped(int delivered) {
        // TODO Exercise 1.5: Count the message as dropped when no subscription received it.
        // (nothing is counted yet)
    }
}

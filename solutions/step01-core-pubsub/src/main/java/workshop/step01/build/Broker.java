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
        // EXERCISE 1.3 BEGIN: Validate the subject, then register a subscription the broker will deliver to.
        if (!SubjectValidator.isValidFilter(filter)) {
            throw new IllegalArgumentException("Invalid subscription subject: '" + filter + "'");
        }
        var subscription = new Subscription(filter, handler, subscriptions::remove);
        subscriptions.add(subscription);
        return subscription;
        // EXERCISE 1.3 END
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
        // EXERCISE 1.5 BEGIN: Report how many messages nobody received.
        return dropped.get();
        // EXERCISE 1.5 END
    }

    /** How many subscriptions are active. */
    public int subscriptionCount() {
        return subscriptions.size();
    }

    private int deliverToMatchingSubscriptions(Message message) {
        // EXERCISE 1.3 BEGIN: Reject an invalid subject; give the message to every matching subscription; count them.
        if (!SubjectValidator.isValidSubject(message.subject())) {
            throw new IllegalArgumentException("Invalid publish subject: '" + message.subject() + "'");
        }
        int delivered = 0;
        for (Subscription subscription : subscriptions) {
            if (WildcardMatcher.matches(subscription.filter(), message.subject()) && subscription.deliver(message)) {
                delivered++;
            }
        }
        return delivered;
        // EXERCISE 1.3 END
    }

    /** Called by {@code publish} for every message, with how many subscriptions received it. */
    private void countIfDropped(int delivered) {
        // EXERCISE 1.5 BEGIN: Count the message as dropped when no subscription received it.
        // SKELETON: // (nothing is counted yet)
        if (delivered == 0) {
            dropped.incrementAndGet();
        }
        // EXERCISE 1.5 END
    }
}

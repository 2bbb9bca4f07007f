package workshop.step01.build;

import java.util.function.Consumer;

/**
 * One client's interest in a subject, inside the {@link Broker}. It hands matching messages to its
 * handler until it is unsubscribed, either at once ({@link #unsubscribe()}) or after a number of
 * messages ({@link #unsubscribeAfter(int)}), the way NATS's {@code UNSUB <sid> <max>} works.
 */
public final class Subscription {

    private final String filter;
    private final Consumer<Message> handler;
    private final Consumer<Subscription> removeFromBroker;
    private int delivered;
    private int maxMessages = Integer.MAX_VALUE;
    private boolean active = true;

    Subscription(String filter, Consumer<Message> handler, Consumer<Subscription> removeFromBroker) {
        this.filter = filter;
        this.handler = handler;
        this.removeFromBroker = removeFromBroker;
    }

    /** The subject this subscription listens to, wildcards included. */
    public String filter() {
        return filter;
    }

    /** Whether it still receives messages. */
    public synchronized boolean isActive() {
        return active;
    }

    /** How many messages it has handed to its handler. */
    public synchronized int delivered() {
        return delivered;
    }

    /** Stops it now: no message is delivered to it after this returns. Calling it twice is harmless. */
    public synchronized void unsubscribe() {
        // TODO Exercise 1.4: Stop receiving, and let the broker forget this subscription.
        throw new UnsupportedOperationException("Exercise 1.4 is not solved yet: Unsubscribe, now or after N messages. Read step01-core-pubsub/README.md#14-unsubscribe-now-or-after-n-messages");
    }

    /**
     * Lets it receive {@code max} messages in all (counting those already delivered), then
     * unsubscribes it. If it has already received that many, it is unsubscribed now.
     */
    public synchronized void unsubscribeAfter(int max) {
        if (max <= 0) {
            throw new IllegalArgumentException("max must be positive, was " + max);
        }
        // TODO Exercise 1.4: Remember the limit; unsubscribe now if it is already reached.
        throw new UnsupportedOperationException("Exercise 1.4 is not solved yet: Unsubscribe, now or after N messages. Read step01-core-pubsub/README.md#14-unsubscribe-now-or-after-n-messages");
    }

    /**
     * Called by the broker for each matching message. Returns whether this subscription took it
     * (false once it is no longer active). The handler runs outside the lock, so it may publish or
     * unsubscribe without deadlocking.
     */
    boolean deliver(Message message) {
        synchronized (this) {
            if (!active) {
                return false;
            }
            delivered++;
            // TODO Exercise 1.4: Once this delivery reaches the limit, unsubscribe.
            // (no limit yet: every message is delivered)
        }
        handler.accept(message);
        return true;
    }
}

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
        // EXERCISE 1.4 BEGIN: Stop receiving, and let the broker forget this subscription.
        if (active) {
            active = false;
            removeFromBroker.accept(this);
        }
        // EXERCISE 1.4 END
    }

    /**
     * Lets it receive {@code max} messages in all (counting those already delivered), then
     * unsubscribes it. If it has already received that many, it is unsubscribed now.
     */
    public synchronized void unsubscribeAfter(int max) {
        if (max <= 0) {
            throw new IllegalArgumentException("max must be positive, was " + max);
        }
        // EXERCISE 1.4 BEGIN: Remember the limit; unsubscribe now if it is already reached.
        maxMessages = max;
        if (delivered >= maxMessages) {
            unsubscribe();
        }
        // EXERCISE 1.4 END
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
            // EXERCISE 1.4 BEGIN: Once this delivery reaches the limit, unsubscribe.
            // SKELETON: // (no limit yet: every message is delivered)
            if (delivered >= maxMessages) {
                unsubscribe();
            }
            // EXERCISE 1.4 END
        }
        handler.accept(message);
        return true;
    }
}

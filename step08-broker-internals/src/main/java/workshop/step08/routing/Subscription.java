package workshop.step08.routing;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One {@code SUB}: who asked ({@link #owner()}), for which filter, in which queue group, under which
 * sid. Counts its deliveries so that {@code UNSUB <sid> <max>} can end it after exactly {@code max}
 * messages even when several publishers deliver to it at the same time.
 */
public final class Subscription {

    private final Subscriber owner;
    private final String filter;
    private final Optional<String> queueGroup;
    private final String sid;
    private final AtomicLong delivered = new AtomicLong();
    private volatile long maxDeliveries; // 0: no limit

    /**
     * @param filter     the subject pattern, possibly with wildcards
     * @param queueGroup the queue group this subscription is a member of; empty for a plain subscription
     * @param sid        the client's id for it, which comes back in every MSG
     */
    public Subscription(Subscriber owner, String filter, Optional<String> queueGroup, String sid) {
        this.owner = owner;
        this.filter = filter;
        this.queueGroup = queueGroup;
        this.sid = sid;
    }

    public Subscriber owner() {
        return owner;
    }

    public String filter() {
        return filter;
    }

    /** The queue group; empty for a plain subscription. */
    public Optional<String> queueGroup() {
        return queueGroup;
    }

    public String sid() {
        return sid;
    }

    public long maxDeliveries() {
        return maxDeliveries;
    }

    /** Ends the subscription after {@code max} messages in total (counting those already delivered); 0: no limit. */
    public void limitTo(long max) {
        this.maxDeliveries = max;
    }

    /**
     * Claims the right to deliver one more message. False when the subscription already had its
     * maximum: then nothing may be sent to it.
     */
    public boolean claimDelivery() {
        while (true) {
            long max = maxDeliveries;
            long current = delivered.get();
            if (max > 0 && current >= max) {
                return false;
            }
            if (delivered.compareAndSet(current, current + 1)) {
                return true;
            }
        }
    }

    /** Whether the subscription has had all the messages its maximum allows. */
    public boolean reachedMax() {
        long max = maxDeliveries;
        return max > 0 && delivered.get() >= max;
    }

    @Override
    public String toString() {
        return "SUB " + filter + queueGroup.map(group -> " " + group).orElse("") + " " + sid + " (client "
                + owner.clientId() + ")";
    }
}

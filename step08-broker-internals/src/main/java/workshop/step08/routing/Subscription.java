package workshop.step08.routing;

import java.util.concurrent.atomic.AtomicLong;

/**
 * One {@code SUB}: who asked ({@link #owner()}), for which filter, in which queue group, under which
 * sid. Counts its deliveries so that {@code UNSUB <sid> <max>} can end it after exactly {@code max}
 * messages even when several publishers deliver to it at the same time.
 */
public final class Subscription {

    private final Subscriber owner;
    private final String subject;
    private final String queue;
    private final String sid;
    private final AtomicLong delivered = new AtomicLong();
    private volatile long maxDeliveries; // 0: no limit

    public Subscription(Subscriber owner, String subject, String queue, String sid) {
        this.owner = owner;
        this.subject = subject;
        this.queue = queue;
        this.sid = sid;
    }

    public Subscriber owner() {
        return owner;
    }

    public String subject() {
        return subject;
    }

    /** The queue group, or null for a plain subscription. */
    public String queue() {
        return queue;
    }

    public String sid() {
        return sid;
    }

    public long delivered() {
        return delivered.get();
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
        return "SUB " + subject + (queue == null ? "" : " " + queue) + " " + sid + " (client " + owner.clientId() + ")";
    }
}

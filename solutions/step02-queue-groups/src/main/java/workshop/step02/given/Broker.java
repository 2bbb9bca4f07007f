package workshop.step02.given;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import workshop.given.Subjects;

/**
 * The in-process broker as step 1 left it: plain subscribers, wildcard filters, fan-out, and a count
 * of the messages nobody received. Handlers run on the publisher's thread, one after the other, so
 * when {@link #publish} returns, every subscriber has had the message.
 *
 * <p>It is meant to be extended: {@link #route} is the one place that decides who gets a message,
 * and a subclass that knows more kinds of subscribers adds them there.
 */
public class Broker {

    private final List<Subscription> plainSubscriptions = new CopyOnWriteArrayList<>();
    private final AtomicLong nextId = new AtomicLong(1);
    private final AtomicLong dropped = new AtomicLong();

    /** Subscribes {@code handler} to every message whose subject matches {@code filter}. */
    public Subscription subscribe(String filter, Consumer<Message> handler) {
        Subscription subscription = new Subscription(newId(), filter, null, handler);
        plainSubscriptions.add(subscription);
        return subscription;
    }

    /** Stops a subscription; unknown or already stopped subscriptions are ignored. */
    public void unsubscribe(Subscription subscription) {
        plainSubscriptions.remove(subscription);
    }

    /**
     * Delivers {@code message} to whoever {@link #route} picks; a message that reaches nobody is
     * dropped and counted, because core NATS keeps nothing.
     *
     * @throws IllegalArgumentException if the subject is not a valid subject to publish on
     */
    public void publish(Message message) {
        Subjects.requireValidSubject(message.subject());
        if (route(message) == 0) {
            dropped.incrementAndGet();
        }
    }

    /** How many published messages reached no subscriber at all. */
    public long droppedCount() {
        return dropped.get();
    }

    /**
     * Delivers a message to its recipients and says how many there were. Here: every plain
     * subscription whose filter matches. Subclasses call this and add their own recipients.
     */
    protected int route(Message message) {
        int delivered = 0;
        for (Subscription subscription : plainSubscriptions) {
            if (subscription.matches(message.subject())) {
                subscription.deliver(message);
                delivered++;
            }
        }
        return delivered;
    }

    /** A fresh subscription id, for subclasses that create subscriptions of their own. */
    protected final long newId() {
        return nextId.getAndIncrement();
    }
}

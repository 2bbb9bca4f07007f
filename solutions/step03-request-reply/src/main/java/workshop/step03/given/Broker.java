package workshop.step03.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import workshop.given.Subjects;

/**
 * The in-process broker as steps 1 and 2 left it: wildcard filters, plain subscribers that get every
 * matching message, queue groups that get each message once (at a member chosen with the given
 * {@link Random}), and a count of the messages nobody received.
 *
 * <p>Handlers run on the publisher's thread, one after the other: when {@link #publish} returns, every
 * recipient has had the message, and anything a handler published in turn has been delivered too.
 *
 * <p>Extension points: {@link #route} decides who gets a message; {@link #unrouted} hears about each
 * message that reached nobody (it does nothing here).
 */
public class Broker {

    private final Random random;
    private final List<Subscription> plainSubscriptions = new CopyOnWriteArrayList<>();
    private final Map<String, List<Subscription>> queueGroups = new LinkedHashMap<>();
    private final AtomicLong nextId = new AtomicLong(1);
    private final AtomicLong dropped = new AtomicLong();

    /** A broker whose queue groups choose with {@code random}. */
    public Broker(Random random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /** A broker whose queue groups choose with an unseeded {@link Random}. */
    public Broker() {
        this(new Random());
    }

    /** Subscribes {@code handler} to every message whose subject matches {@code filter}. */
    public Subscription subscribe(String filter, Consumer<Message> handler) {
        Subscription subscription = new Subscription(nextId.getAndIncrement(), filter, null, handler);
        plainSubscriptions.add(subscription);
        return subscription;
    }

    /** Subscribes {@code handler} as a member of {@code queueGroup}: the group gets each message once. */
    public Subscription queueSubscribe(String filter, String queueGroup, Consumer<Message> handler) {
        if (queueGroup == null || queueGroup.isEmpty() || queueGroup.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException(
                    "A queue group name is non-empty and has no whitespace: '" + queueGroup + "'");
        }
        Subscription member = new Subscription(nextId.getAndIncrement(), filter, queueGroup, handler);
        synchronized (queueGroups) {
            queueGroups.computeIfAbsent(queueGroup, name -> new ArrayList<>()).add(member);
        }
        return member;
    }

    /** Stops a subscription or a group membership; unknown or already stopped ones are ignored. */
    public void unsubscribe(Subscription subscription) {
        if (subscription.queueGroup().isEmpty()) {
            plainSubscriptions.remove(subscription);
            return;
        }
        synchronized (queueGroups) {
            String name = subscription.queueGroup().get();
            List<Subscription> members = queueGroups.get(name);
            if (members != null && members.remove(subscription) && members.isEmpty()) {
                queueGroups.remove(name);
            }
        }
    }

    /**
     * Delivers {@code message} to whoever {@link #route} picks. A message that reaches nobody is
     * dropped and counted, because core NATS keeps nothing, and then handed to {@link #unrouted}.
     *
     * @throws IllegalArgumentException if the subject is not a valid subject to publish on
     */
    public void publish(Message message) {
        Subjects.requireValidSubject(message.subject());
        if (route(message) == 0) {
            dropped.incrementAndGet();
            unrouted(message);
        }
    }

    /** How many published messages reached no subscriber at all. */
    public long droppedCount() {
        return dropped.get();
    }

    /** How many subscriptions (plain ones and queue group members) are active now. */
    public int subscriptionCount() {
        synchronized (queueGroups) {
            return plainSubscriptions.size()
                    + queueGroups.values().stream().mapToInt(List::size).sum();
        }
    }

    /** Delivers a message to every matching plain subscriber and one matching member per queue group. */
    protected int route(Message message) {
        String subject = message.subject();
        List<Subscription> recipients = new ArrayList<>();
        for (Subscription subscription : plainSubscriptions) {
            if (subscription.matches(subject)) {
                recipients.add(subscription);
            }
        }
        synchronized (queueGroups) {
            for (List<Subscription> members : queueGroups.values()) {
                List<Subscription> candidates = members.stream()
                        .filter(member -> member.matches(subject))
                        .toList();
                if (!candidates.isEmpty()) {
                    recipients.add(candidates.get(random.nextInt(candidates.size())));
                }
            }
        }
        // Deliver outside the lock: a handler may subscribe, unsubscribe or publish in turn.
        recipients.forEach(recipient -> recipient.deliver(message));
        return recipients.size();
    }

    /**
     * Called, on the publisher's thread, for each message that reached no subscriber, after it was
     * counted as dropped. Does nothing here; a subclass may answer it.
     */
    protected void unrouted(Message message) {}
}

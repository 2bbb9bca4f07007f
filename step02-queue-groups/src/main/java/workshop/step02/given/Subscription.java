package workshop.step02.given;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import workshop.given.Subjects;

/**
 * One subscriber's interest: a filter, the handler its messages go to and, for a member of a queue
 * group, the group's name. Two subscriptions are equal only when they are the same object, even if
 * they listen on the same filter: each is one subscriber.
 */
public final class Subscription {

    private final long id;
    private final String filter;
    private final String queueGroup;
    private final Consumer<Message> handler;

    /**
     * @param queueGroup the queue group this subscription is a member of, or {@code null} for a plain
     *                   subscription (one that gets every matching message)
     */
    public Subscription(long id, String filter, String queueGroup, Consumer<Message> handler) {
        this.id = id;
        this.filter = Subjects.requireValidFilter(filter);
        this.queueGroup = queueGroup;
        this.handler = Objects.requireNonNull(handler, "handler");
    }

    public long id() {
        return id;
    }

    public String filter() {
        return filter;
    }

    /** The queue group this subscription belongs to; empty for a plain subscription. */
    public Optional<String> queueGroup() {
        return Optional.ofNullable(queueGroup);
    }

    /** Whether a message on {@code subject} is meant for this subscription's filter. */
    public boolean matches(String subject) {
        return Subjects.matches(filter, subject);
    }

    /** Hands a message to the subscriber, on the caller's thread. */
    public void deliver(Message message) {
        handler.accept(message);
    }

    @Override
    public String toString() {
        return "Subscription#" + id + "[" + filter + (queueGroup == null ? "" : " queue " + queueGroup) + "]";
    }
}

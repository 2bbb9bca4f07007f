package workshop.step02.build;

import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import workshop.given.Subjects;
import workshop.step02.given.Broker;
import workshop.step02.given.Message;
import workshop.step02.given.Subscription;

/**
 * The given broker with queue groups: plain subscribers still get every matching message, and each
 * queue group with a matching member gets it once, at one member chosen at random. A message that
 * reaches neither is dropped and counted, exactly as before.
 *
 * <p>All randomness comes from the {@link Random} given to the constructor: seed it and the choices
 * repeat, which is what makes a test of a random distribution reproducible.
 */
public class QueueBroker extends Broker {

    private final Random random;
    private final QueueGroups queueGroups = new QueueGroups();

    public QueueBroker(Random random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * Subscribes {@code handler} as a member of queue group {@code queueGroup}: each message on a
     * subject matching {@code filter} goes to only one member of the group.
     *
     * @throws IllegalArgumentException for an invalid filter, or a group name that is empty or has whitespace
     */
    public Subscription queueSubscribe(String filter, String queueGroup, Consumer<Message> handler) {
        // EXERCISE 2.3 BEGIN: Check the group's name, make a member subscription and let it join its group.
        Subjects.requireValidFilter(filter);
        if (queueGroup == null || queueGroup.isEmpty() || queueGroup.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException(
                    "A queue group name is non-empty and has no whitespace: '" + queueGroup + "'");
        }
        Subscription member = new Subscription(newId(), filter, queueGroup, handler);
        queueGroups.join(member);
        return member;
        // EXERCISE 2.3 END
    }

    /** Stops a plain subscription or a queue group membership. */
    @Override
    public void unsubscribe(Subscription subscription) {
        // EXERCISE 2.3 BEGIN: A member leaves its group; a plain subscription is the given broker's business.
        if (subscription.queueGroup().isPresent()) {
            queueGroups.leave(subscription);
        } else {
            super.unsubscribe(subscription);
        }
        // EXERCISE 2.3 END
    }

    /** The names of the queue groups that have members now. */
    public Set<String> queueGroupNames() {
        return queueGroups.names();
    }

    /** Every plain subscriber, then one member of each matching queue group. */
    @Override
    protected int route(Message message) {
        // EXERCISE 2.3 BEGIN: Deliver to the plain subscribers as before, then to one member per group; count them all.
        int delivered = super.route(message);
        for (Subscription member : queueGroups.pickOnePerGroup(message.subject(), random)) {
            member.deliver(message);
            delivered++;
        }
        return delivered;
        // EXERCISE 2.3 END
    }
}

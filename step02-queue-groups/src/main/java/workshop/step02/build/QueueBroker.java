package workshop.step02.build;

import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
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
        // TODO Exercise 2.3: Check the group's name, make a member subscription and let it join its group.
        throw new UnsupportedOperationException("Exercise 2.3 is not solved yet: Add queue groups to the broker. Read step02-queue-groups/README.md#23-add-queue-groups-to-the-broker");
    }

    /** Stops a plain subscription or a queue group membership. */
    @Override
    public void unsubscribe(Subscription subscription) {
        // TODO Exercise 2.3: A member leaves its group; a plain subscription is the given broker's business.
        throw new UnsupportedOperationException("Exercise 2.3 is not solved yet: Add queue groups to the broker. Read step02-queue-groups/README.md#23-add-queue-groups-to-the-broker");
    }

    /** The names of the queue groups that have members now. */
    public Set<String> queueGroupNames() {
        return queueGroups.names();
    }

    /** Every plain subscriber, then one member of each matching queue group. */
    @Override
    protected int route(Message message) {
        // TODO Exercise 2.3: Deliver to the plain subscribers as before, then to one member per group; count them all.
        throw new UnsupportedOperationException("Exercise 2.3 is not solved yet: Add queue groups to the broker. Read step02-queue-groups/README.md#23-add-queue-groups-to-the-broker");
    }
}

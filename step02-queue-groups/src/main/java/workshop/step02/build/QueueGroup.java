package workshop.step02.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import workshop.step02.given.Subscription;

/**
 * The members of one queue group, and the choice of which member gets a message.
 *
 * <p>Members come and go at any time: a group is just the subscriptions that named it. The choice is
 * random, uniform over the members that listen on the message's subject, and uses the {@link Random}
 * it is given, so a test that seeds it sees the same choices on every run.
 */
public final class QueueGroup {

    private final String name;
    private final List<Subscription> members = new ArrayList<>();

    public QueueGroup(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    /**
     * Adds a member.
     *
     * @throws IllegalArgumentException if the subscription is not a member of this group (a plain
     *                                  subscription, or one of another group)
     */
    public synchronized void join(Subscription member) {
        // TODO Exercise 2.1: Accept only subscriptions of this group, and remember them.
        throw new UnsupportedOperationException("Exercise 2.1 is not solved yet: Pick one member of a group. Read step02-queue-groups/README.md#21-pick-one-member-of-a-group");
    }

    /** Removes a member; returns whether it was a member. */
    public synchronized boolean leave(Subscription member) {
        // TODO Exercise 2.1: Forget the member; say whether it was there.
        throw new UnsupportedOperationException("Exercise 2.1 is not solved yet: Pick one member of a group. Read step02-queue-groups/README.md#21-pick-one-member-of-a-group");
    }

    /** Whether the group has no members left. */
    public synchronized boolean isEmpty() {
        return members.isEmpty();
    }

    /** The current members, in the order they joined (a copy). */
    public synchronized List<Subscription> members() {
        return List.copyOf(members);
    }

    /**
     * Picks the one member that gets a message on {@code subject}: uniformly at random among the
     * members whose filter matches it, drawing from {@code random} only. Empty when no member matches.
     */
    public synchronized Optional<Subscription> pick(String subject, Random random) {
        // TODO Exercise 2.1: Choose uniformly at random, with the given Random, among the members that match the
        // subject.
        throw new UnsupportedOperationException("Exercise 2.1 is not solved yet: Pick one member of a group. Read step02-queue-groups/README.md#21-pick-one-member-of-a-group");
    }

    @Override
    public String toString() {
        return "QueueGroup[" + name + ", " + members().size() + " members]";
    }
}

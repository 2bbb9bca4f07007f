package workshop.step02.build;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import workshop.step02.given.Subscription;

/**
 * Every queue group of a broker, by name. As in nats-server, a group is its name: members may listen
 * on different filters, and a message that matches several of them still goes to only one member of
 * the group. A group exists while it has members: it is created by its first member and disappears
 * with its last, and no configuration is needed anywhere.
 */
public final class QueueGroups {

    private final Map<String, QueueGroup> groups = new LinkedHashMap<>();

    /**
     * Adds a member to the group its subscription names, creating the group if it is the first.
     *
     * @throws IllegalArgumentException for a plain subscription (one without a queue group)
     */
    public synchronized void join(Subscription member) {
        // TODO Exercise 2.2: Find or create the group the subscription names, and add it there.
        throw new UnsupportedOperationException("Exercise 2.2 is not solved yet: Keep every group by name. Read step02-queue-groups/README.md#22-keep-every-group-by-name");
    }

    /** Removes a member; a group whose last member left no longer exists. Unknown members are ignored. */
    public synchronized void leave(Subscription member) {
        // TODO Exercise 2.2: Remove the member from its group, and forget a group that is left empty.
        throw new UnsupportedOperationException("Exercise 2.2 is not solved yet: Keep every group by name. Read step02-queue-groups/README.md#22-keep-every-group-by-name");
    }

    /** The names of the groups that have members now. */
    public synchronized Set<String> names() {
        return Set.copyOf(groups.keySet());
    }

    /**
     * The recipients of a message on {@code subject}: one member of each group that has a member
     * listening on it, chosen with {@code random}; groups in the order they were created.
     */
    public synchronized List<Subscription> pickOnePerGroup(String subject, Random random) {
        // TODO Exercise 2.2: Ask every group for its pick; skip groups that have nobody listening on the subject.
        throw new UnsupportedOperationException("Exercise 2.2 is not solved yet: Keep every group by name. Read step02-queue-groups/README.md#22-keep-every-group-by-name");
    }
}

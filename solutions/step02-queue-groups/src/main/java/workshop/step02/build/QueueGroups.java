package workshop.step02.build;

import java.util.ArrayList;
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
        // EXERCISE 2.2 BEGIN: Find or create the group the subscription names, and add it there.
        String name = member.queueGroup()
                .orElseThrow(() ->
                        new IllegalArgumentException(member + " is a plain subscription, not a queue group member"));
        groups.computeIfAbsent(name, QueueGroup::new).join(member);
        // EXERCISE 2.2 END
    }

    /** Removes a member; a group whose last member left no longer exists. Unknown members are ignored. */
    public synchronized void leave(Subscription member) {
        // EXERCISE 2.2 BEGIN: Remove the member from its group, and forget a group that is left empty.
        member.queueGroup().ifPresent(name -> {
            QueueGroup group = groups.get(name);
            if (group != null && group.leave(member) && group.isEmpty()) {
                groups.remove(name);
            }
        });
        // EXERCISE 2.2 END
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
        // EXERCISE 2.2 BEGIN: Ask every group for its pick; skip groups that have nobody listening on the subject.
        List<Subscription> recipients = new ArrayList<>();
        for (QueueGroup group : groups.values()) {
            group.pick(subject, random).ifPresent(recipients::add);
        }
        return recipients;
        // EXERCISE 2.2 END
    }
}

package workshop.step08.routing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everyone a subject's message goes to: each plain subscription, and each queue group (a message
 * goes to exactly one member of each group). Groups are merged by name across filters: members of
 * group {@code q} on {@code orders.*} and on {@code orders.>} form one group. Immutable, so a cache
 * may hand the same result to many threads.
 */
public record MatchResult(List<Subscription> plain, List<List<Subscription>> queueGroups) {

    public static final MatchResult EMPTY = new MatchResult(List.of(), List.of());

    public MatchResult {
        plain = List.copyOf(plain);
        queueGroups = queueGroups.stream().map(List::copyOf).toList();
    }

    /** Every subscription in the result, plain and queued. */
    public int size() {
        return plain.size() + queueGroups.stream().mapToInt(List::size).sum();
    }

    /** Collects subscriptions while a trie (or a scan) walks its nodes. */
    public static final class Builder {
        private final List<Subscription> plain = new ArrayList<>();
        private final Map<String, List<Subscription>> groups = new LinkedHashMap<>();

        public Builder add(Subscription subscription) {
            subscription
                    .queueGroup()
                    .ifPresentOrElse(
                            group -> groups.computeIfAbsent(group, name -> new ArrayList<>())
                                    .add(subscription),
                            () -> plain.add(subscription));
            return this;
        }

        public Builder addAll(Iterable<Subscription> subscriptions) {
            subscriptions.forEach(this::add);
            return this;
        }

        public MatchResult build() {
            if (plain.isEmpty() && groups.isEmpty()) {
                return EMPTY;
            }
            return new MatchResult(plain, new ArrayList<>(groups.values()));
        }
    }
}

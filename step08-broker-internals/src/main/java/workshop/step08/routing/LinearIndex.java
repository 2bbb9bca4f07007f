package workshop.step08.routing;

import java.util.concurrent.CopyOnWriteArrayList;
import workshop.given.Subjects;

/**
 * The obvious index: a list, scanned in full for every message. Correct, and the baseline that
 * the benchmark compares the trie and its cache against: its cost grows with the number of
 * subscriptions, however few of them match.
 */
public final class LinearIndex implements SubjectIndex {

    private final CopyOnWriteArrayList<Subscription> subscriptions = new CopyOnWriteArrayList<>();

    @Override
    public void insert(Subscription subscription) {
        subscriptions.add(subscription);
    }

    @Override
    public boolean remove(Subscription subscription) {
        return subscriptions.remove(subscription);
    }

    @Override
    public MatchResult match(String subject) {
        MatchResult.Builder result = new MatchResult.Builder();
        for (Subscription subscription : subscriptions) {
            if (Subjects.matches(subscription.filter(), subject)) {
                result.add(subscription);
            }
        }
        return result.build();
    }

    @Override
    public int count() {
        return subscriptions.size();
    }
}

package workshop.step08.routing;

/**
 * Finds the subscriptions whose filters match a subject. Implementations are safe to use from
 * many connection threads at once.
 */
public interface SubjectIndex {

    void insert(Subscription subscription);

    /** Removes the subscription; false when it was not there (removing twice is harmless). */
    boolean remove(Subscription subscription);

    /** Everyone a message on this literal subject goes to. */
    MatchResult match(String subject);

    /** How many subscriptions the index holds. */
    int count();
}

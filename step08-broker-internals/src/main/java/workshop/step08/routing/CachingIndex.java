package workshop.step08.routing;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Remembers the result of {@link #match} per subject, because real traffic repeats subjects:
 * a hit is one hash lookup instead of a trie walk and a new result. Any insert or remove makes
 * every remembered result stale at once: each entry records the index's <em>generation</em> it
 * was computed in, and a change moves the generation on. That is coarser than nats-server (which
 * removes only the entries the changed filter matches) but it cannot serve a stale result even when
 * a match races with a change. The cache holds at most {@code maxEntries} subjects; when full it
 * starts over, so a flood of distinct subjects cannot eat memory.
 */
public final class CachingIndex implements SubjectIndex {

    public static final int DEFAULT_MAX_ENTRIES = 4096;

    private record Entry(long generation, MatchResult result) {}

    private final SubjectIndex inner;
    private final int maxEntries;
    private final ConcurrentHashMap<String, Entry> cache = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder inserts = new LongAdder();
    private final LongAdder removes = new LongAdder();

    public CachingIndex(SubjectIndex inner) {
        this(inner, DEFAULT_MAX_ENTRIES);
    }

    public CachingIndex(SubjectIndex inner, int maxEntries) {
        this.inner = inner;
        this.maxEntries = maxEntries;
    }

    @Override
    public void insert(Subscription subscription) {
        inserts.increment();
        // TODO Exercise 8.4: Change the inner index, then make every cached result stale.
        throw new UnsupportedOperationException("Exercise 8.4 is not solved yet: Cache match results. Read step08-broker-internals/README.md#84-cache-match-results");
    }

    @Override
    public boolean remove(Subscription subscription) {
        // TODO Exercise 8.4: Change the inner index, then make every cached result stale.
        throw new UnsupportedOperationException("Exercise 8.4 is not solved yet: Cache match results. Read step08-broker-internals/README.md#84-cache-match-results");
    }

    @Override
    public MatchResult match(String subject) {
        // TODO Exercise 8.4: Serve a result of the current generation from the cache; otherwise ask the inner index
        // and remember its answer (within maxEntries).
        throw new UnsupportedOperationException("Exercise 8.4 is not solved yet: Cache match results. Read step08-broker-internals/README.md#84-cache-match-results");
    }

    @Override
    public int count() {
        return inner.count();
    }

    /** Subjects currently remembered (some may be stale until looked up again). */
    public int cachedSubjects() {
        return cache.size();
    }

    public long hits() {
        return hits.sum();
    }

    public long misses() {
        return misses.sum();
    }

    public long inserts() {
        return inserts.sum();
    }

    public long removes() {
        return removes.sum();
    }

    /** Hits / lookups, 0 before the first lookup. */
    public double hitRate() {
        long h = hits.sum();
        long total = h + misses.sum();
        return total == 0 ? 0 : (double) h / total;
    }
}

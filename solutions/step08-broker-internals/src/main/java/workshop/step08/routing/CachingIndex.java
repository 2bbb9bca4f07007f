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
        // EXERCISE 8.4 BEGIN: Change the inner index, then make every cached result stale.
        inner.insert(subscription);
        generation.incrementAndGet();
        // EXERCISE 8.4 END
    }

    @Override
    public boolean remove(Subscription subscription) {
        // EXERCISE 8.4 BEGIN: Change the inner index, then make every cached result stale.
        boolean removed = inner.remove(subscription);
        if (removed) {
            removes.increment();
            generation.incrementAndGet();
        }
        return removed;
        // EXERCISE 8.4 END
    }

    @Override
    public MatchResult match(String subject) {
        // EXERCISE 8.4 BEGIN: Serve a result of the current generation from the cache; otherwise ask the inner index
        // and remember its answer (within maxEntries).
        long current = generation.get();
        Entry entry = cache.get(subject);
        if (entry != null && entry.generation() == current) {
            hits.increment();
            return entry.result();
        }
        misses.increment();
        MatchResult result = inner.match(subject);
        if (cache.size() >= maxEntries) {
            cache.clear();
        }
        cache.put(subject, new Entry(current, result));
        return result;
        // EXERCISE 8.4 END
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

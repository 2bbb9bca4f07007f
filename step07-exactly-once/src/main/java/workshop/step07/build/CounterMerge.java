package workshop.step07.build;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One counter subject of a counter stream that also sources other counter streams, merged the way
 * nats-server 2.12 merges it. A local increment ({@code Nats-Incr}) adds its amount. A sourced
 * message carries its source's running <em>total</em> on that subject, not an increment: the counter
 * remembers the last total it took from each source stream and subject (what the server keeps in
 * the header {@code Nats-Counter-Sources}) and adds only the difference. So a total that arrives
 * twice (a redelivery, a restarted sourcing) adds nothing, and the merged value is always the local
 * increments plus the latest total of every source.
 *
 * <p>Sources deliver in order, as stream sourcing does: a total is never older than the last one
 * taken from its source. Not thread-safe: the stream applies one message at a time.
 */
public final class CounterMerge {

    private long value;
    /** The last total taken from each source: source stream, then the subject there. */
    private final Map<String, Map<String, Long>> sources = new LinkedHashMap<>();

    /** Applies a local increment (negative to subtract); returns the new value, as the publish ack says it. */
    public long increment(long amount) {
        // TODO Exercise 7.11: Add the amount.
        throw new UnsupportedOperationException("Exercise 7.11 is not solved yet: Merge counters from several sources. Read step07-exactly-once/README.md#711-merge-counters-from-several-sources");
    }

    /**
     * Applies a message sourced from {@code sourceStream}, where the counter on {@code sourceSubject}
     * stood at {@code sourceTotal}.
     *
     * @return the new value
     */
    public long applySourced(String sourceStream, String sourceSubject, long sourceTotal) {
        // TODO Exercise 7.11: Add the difference between this total and the last one from the same source and subject;
        // remember this one.
        throw new UnsupportedOperationException("Exercise 7.11 is not solved yet: Merge counters from several sources. Read step07-exactly-once/README.md#711-merge-counters-from-several-sources");
    }

    /** The counter's value: what the last message's body {@code {"val":"…"}} holds. */
    public long value() {
        return value;
    }

    /** The last total taken from each source stream and subject (the {@code Nats-Counter-Sources} header's content). */
    public Map<String, Map<String, Long>> sources() {
        Map<String, Map<String, Long>> copy = new LinkedHashMap<>();
        sources.forEach((stream, subjects) -> copy.put(stream, Map.copyOf(subjects)));
        return copy;
    }
}

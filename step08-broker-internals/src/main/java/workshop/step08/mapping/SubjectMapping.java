package workshop.step08.mapping;

import java.util.List;
import workshop.given.Subjects;

/**
 * Rewrites the subject of a published message before it is routed, like a {@code mappings}
 * entry in nats-server's configuration:
 *
 * <pre>
 *   mappings = { "orders.*.*": "orders.{{partition(3,1,2)}}.{{wildcard(1)}}.{{wildcard(2)}}" }
 * </pre>
 *
 * A partition is deterministic: the same tokens always land in the same partition, on this broker
 * and on nats-server alike, because both compute FNV-1a (32 bit) over the selected tokens joined
 * with nothing between them, modulo the number of partitions.
 */
public final class SubjectMapping {

    private final String source;
    private final List<DestinationToken> destination;

    private SubjectMapping(String source, List<DestinationToken> destination) {
        this.source = source;
        this.destination = destination;
    }

    /** A mapping from a source filter (wildcards {@code *} only, or none) to a destination template. */
    public static SubjectMapping of(String source, String destination) {
        if (!Subjects.isValidFilter(source) || source.contains(">")) {
            throw new IllegalArgumentException(
                    "a mapping's source must be a subject with '*' wildcards only: " + source);
        }
        return new SubjectMapping(source, DestinationToken.parseAll(destination));
    }

    public String source() {
        return source;
    }

    /**
     * The subject a message on {@code subject} is routed to, or null when the source does not match it.
     * {@code {{wildcard(n)}}} is the subject's token under the source's n-th {@code *}; a partition
     * selects wildcard tokens the same way.
     */
    public String apply(String subject) {
        // TODO Exercise 8.10: Match the source; collect the tokens under its '*'s; build the destination token by
        // token.
        throw new UnsupportedOperationException("Exercise 8.10 is not solved yet: Map subjects to deterministic partitions. Read step08-broker-internals/README.md#810-map-subjects-to-deterministic-partitions");
    }

    /** The partition, from 0 to {@code buckets - 1}, of a key: FNV-1a 32 bit of its bytes, unsigned, modulo buckets. */
    public static int partition(String key, int buckets) {
        // TODO Exercise 8.10: Hash the key's bytes with FNV-1a 32 bit (offset basis 2166136261, prime 16777619); take
        // it unsigned, modulo buckets.
        throw new UnsupportedOperationException("Exercise 8.10 is not solved yet: Map subjects to deterministic partitions. Read step08-broker-internals/README.md#810-map-subjects-to-deterministic-partitions");
    }

    private String wildcard(String[] wildcards, int count, int index) {
        if (index < 1 || index > count) {
            throw new IllegalArgumentException("mapping " + source + " has no wildcard " + index);
        }
        return wildcards[index];
    }
}

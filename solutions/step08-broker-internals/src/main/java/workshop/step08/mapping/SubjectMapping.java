package workshop.step08.mapping;

import java.nio.charset.StandardCharsets;
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
        // EXERCISE 8.10 BEGIN: Match the source; collect the tokens under its '*'s; build the destination token by
        // token.
        String[] sourceTokens = Subjects.tokens(source);
        String[] subjectTokens = Subjects.tokens(subject);
        if (sourceTokens.length != subjectTokens.length) {
            return null;
        }
        String[] wildcards = new String[sourceTokens.length + 1]; // 1-based, as in the configuration
        int wildcardCount = 0;
        for (int i = 0; i < sourceTokens.length; i++) {
            if (sourceTokens[i].equals("*")) {
                wildcards[++wildcardCount] = subjectTokens[i];
            } else if (!sourceTokens[i].equals(subjectTokens[i])) {
                return null;
            }
        }
        StringBuilder mapped = new StringBuilder();
        for (DestinationToken token : destination) {
            if (!mapped.isEmpty()) {
                mapped.append('.');
            }
            switch (token) {
                case DestinationToken.Literal literal -> mapped.append(literal.text());
                case DestinationToken.Wildcard wildcard ->
                    mapped.append(wildcard(wildcards, wildcardCount, wildcard.index()));
                case DestinationToken.Partition partition -> {
                    StringBuilder key = new StringBuilder();
                    for (int index : partition.wildcardIndexes()) {
                        key.append(wildcard(wildcards, wildcardCount, index));
                    }
                    mapped.append(partition(key.toString(), partition.buckets()));
                }
            }
        }
        return mapped.toString();
        // EXERCISE 8.10 END
    }

    /** The partition, from 0 to {@code buckets - 1}, of a key: FNV-1a 32 bit of its bytes, unsigned, modulo buckets. */
    public static int partition(String key, int buckets) {
        // EXERCISE 8.10 BEGIN: Hash the key's bytes with FNV-1a 32 bit (offset basis 2166136261, prime 16777619); take
        // it unsigned, modulo buckets.
        int hash = 0x811C9DC5;
        for (byte b : key.getBytes(StandardCharsets.ISO_8859_1)) {
            hash ^= b & 0xFF;
            hash *= 0x01000193;
        }
        return (int) (Integer.toUnsignedLong(hash) % buckets);
        // EXERCISE 8.10 END
    }

    private String wildcard(String[] wildcards, int count, int index) {
        if (index < 1 || index > count) {
            throw new IllegalArgumentException("mapping " + source + " has no wildcard " + index);
        }
        return wildcards[index];
    }
}

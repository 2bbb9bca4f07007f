package workshop.step08.use;

/**
 * A canary release done by the server: a weighted subject mapping sends a share of the messages
 * published on a subject to another subject, chosen at random for each message, so the publishers
 * change nothing. Reloading the configuration moves the share (90/10, then 50/50, then 0/100).
 * Unlike 8.10's {@code partition}, which sends the same key to the same place every time, a
 * weighted mapping is random: good for splitting load, useless for keeping order per key.
 */
public final class WeightedMappings {

    private WeightedMappings() {}

    /**
     * The nats-server configuration that maps {@code source} (it may hold {@code *} wildcards) to
     * {@code stable} for {@code 100 - canaryPercent} percent of the messages and to {@code canary} for
     * the rest. The destinations may use {@code {{wildcard(n)}}}.
     */
    public static String canaryMapping(String source, String stable, String canary, int canaryPercent) {
        // TODO Exercise 8.14: A mappings block: the source maps to a list of destinations, each with its weight in
        // percent.
        throw new UnsupportedOperationException("Exercise 8.14 is not solved yet: Split traffic with weighted mappings. Read step08-broker-internals/README.md#814-split-traffic-with-weighted-mappings");
    }
}

package workshop.step04.build;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * One counter of a counter stream that also sources other counter streams, the way nats-server 2.12
 * adds them up: regional counters into a global one. Its total is what was added here plus, for
 * each source, the <b>latest total</b> that source reported.
 * <p>
 * A sourced message is not applied as an increment: it carries the source's whole total at that
 * sequence, and the aggregate replaces that source's part with it (the server adds the difference
 * to its own total and records every source's part in the {@code Nats-Counter-Sources} header). So a
 * message copied twice, after a reconnect, adds nothing. The server can count on a source
 * delivering in order; this counter also remembers each source's newest sequence and ignores an
 * older total that arrives late, which would otherwise roll the count back. Not thread-safe.
 */
public final class SourcedCounter {

    private BigInteger local = BigInteger.ZERO;
    private final Map<String, Long> lastSequence = new HashMap<>();
    private final Map<String, BigInteger> lastTotal = new HashMap<>();

    /** Adds an increment published to this stream ({@code Nats-Incr} here); returns the new total. */
    public BigInteger add(BigInteger delta) {
        // TODO Exercise 4.18: Count the increment as this stream's own; return the whole total.
        throw new UnsupportedOperationException("Exercise 4.18 is not solved yet: Merge the counters of sources. Read step04-jetstream-streams/README.md#418-merge-the-counters-of-sources");
    }

    /**
     * Applies what a source reported: at {@code sequence} of the source stream, its counter stood at
     * {@code sourceTotal}. A sequence not newer than the last one applied from that source changes
     * nothing. Returns the new total.
     */
    public BigInteger merge(String source, long sequence, BigInteger sourceTotal) {
        // TODO Exercise 4.18: Ignore what is not newer than the source's last applied sequence; otherwise the source's
        // total replaces its previous one.
        throw new UnsupportedOperationException("Exercise 4.18 is not solved yet: Merge the counters of sources. Read step04-jetstream-streams/README.md#418-merge-the-counters-of-sources");
    }

    /** This stream's own increments plus every source's latest total. */
    public BigInteger total() {
        // TODO Exercise 4.18: Add the sources' latest totals to the local one.
        throw new UnsupportedOperationException("Exercise 4.18 is not solved yet: Merge the counters of sources. Read step04-jetstream-streams/README.md#418-merge-the-counters-of-sources");
    }

    /** What each source contributes now, by source name: the server's {@code Nats-Counter-Sources}. */
    public Map<String, BigInteger> contributions() {
        return new TreeMap<>(lastTotal);
    }
}

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
        // EXERCISE 4.18 BEGIN: Count the increment as this stream's own; return the whole total.
        local = local.add(delta);
        return total();
        // EXERCISE 4.18 END
    }

    /**
     * Applies what a source reported: at {@code sequence} of the source stream, its counter stood at
     * {@code sourceTotal}. A sequence not newer than the last one applied from that source changes
     * nothing. Returns the new total.
     */
    public BigInteger merge(String source, long sequence, BigInteger sourceTotal) {
        // EXERCISE 4.18 BEGIN: Ignore what is not newer than the source's last applied sequence; otherwise the source's
        // total replaces its previous one.
        Long applied = lastSequence.get(source);
        if (applied != null && sequence <= applied) {
            return total();
        }
        lastSequence.put(source, sequence);
        lastTotal.put(source, sourceTotal);
        return total();
        // EXERCISE 4.18 END
    }

    /** This stream's own increments plus every source's latest total. */
    public BigInteger total() {
        // EXERCISE 4.18 BEGIN: Add the sources' latest totals to the local one.
        return lastTotal.values().stream().reduce(local, BigInteger::add);
        // EXERCISE 4.18 END
    }

    /** What each source contributes now, by source name: the server's {@code Nats-Counter-Sources}. */
    public Map<String, BigInteger> contributions() {
        return new TreeMap<>(lastTotal);
    }
}

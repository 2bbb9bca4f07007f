package workshop.step05.build;

import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * Which delivered messages still wait for an acknowledgement, under one {@link AckPolicy}, and
 * the ack floor: the highest sequence below which everything delivered is settled (what
 * {@code nats consumer info} shows as "Acknowledged Message"). Not thread-safe.
 */
public final class AckLedger {

    private final AckPolicy policy;
    private final NavigableSet<Long> pending = new TreeSet<>();
    private long highestDelivered;

    public AckLedger(AckPolicy policy) {
        this.policy = policy;
    }

    /** A message was delivered. With {@link AckPolicy#NONE} it is settled at once; otherwise it is pending until acked. */
    public void delivered(long sequence) {
        // TODO Exercise 5.2: Remember the highest delivered sequence; only ack-expecting policies keep it pending.
        throw new UnsupportedOperationException("Exercise 5.2 is not solved yet: Track acks under each ack policy. Read step05-consumers-acks/README.md#52-track-acks-under-each-ack-policy");
    }

    /**
     * The application acknowledged a message.
     *
     * @return the sequences this ack settled, ascending: just this one with {@link AckPolicy#EXPLICIT},
     * it and every earlier pending one with {@link AckPolicy#ALL}; empty when nothing was pending
     * (an ack with {@link AckPolicy#NONE}, a second ack, an ack for a message never delivered)
     */
    public List<Long> ack(long sequence) {
        // TODO Exercise 5.2: Settle this sequence (explicit) or everything pending up to it (all).
        throw new UnsupportedOperationException("Exercise 5.2 is not solved yet: Track acks under each ack policy. Read step05-consumers-acks/README.md#52-track-acks-under-each-ack-policy");
    }

    /** Settles exactly this message, whatever the policy (what a term does). Returns whether it was pending. */
    public boolean settle(long sequence) {
        // TODO Exercise 5.2: Settle only this sequence.
        throw new UnsupportedOperationException("Exercise 5.2 is not solved yet: Track acks under each ack policy. Read step05-consumers-acks/README.md#52-track-acks-under-each-ack-policy");
    }

    public boolean isPending(long sequence) {
        // TODO Exercise 5.2: Whether this sequence waits for an ack.
        throw new UnsupportedOperationException("Exercise 5.2 is not solved yet: Track acks under each ack policy. Read step05-consumers-acks/README.md#52-track-acks-under-each-ack-policy");
    }

    /** The pending sequences, ascending. */
    public List<Long> pending() {
        // TODO Exercise 5.2: A copy of the pending sequences in ascending order.
        throw new UnsupportedOperationException("Exercise 5.2 is not solved yet: Track acks under each ack policy. Read step05-consumers-acks/README.md#52-track-acks-under-each-ack-policy");
    }

    /** The highest sequence with nothing pending at or below it; 0 before anything was settled. */
    public long ackFloor() {
        // TODO Exercise 5.2: Just below the lowest pending sequence, or the highest delivered when nothing is pending.
        throw new UnsupportedOperationException("Exercise 5.2 is not solved yet: Track acks under each ack policy. Read step05-consumers-acks/README.md#52-track-acks-under-each-ack-policy");
    }
}

package workshop.step05.build;

import java.util.ArrayList;
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
        // EXERCISE 5.2 BEGIN: Remember the highest delivered sequence; only ack-expecting policies keep it pending.
        highestDelivered = Math.max(highestDelivered, sequence);
        if (policy != AckPolicy.NONE) {
            pending.add(sequence);
        }
        // EXERCISE 5.2 END
    }

    /**
     * The application acknowledged a message.
     *
     * @return the sequences this ack settled, ascending: just this one with {@link AckPolicy#EXPLICIT},
     * it and every earlier pending one with {@link AckPolicy#ALL}; empty when nothing was pending
     * (an ack with {@link AckPolicy#NONE}, a second ack, an ack for a message never delivered)
     */
    public List<Long> ack(long sequence) {
        // EXERCISE 5.2 BEGIN: Settle this sequence (explicit) or everything pending up to it (all).
        List<Long> settled = new ArrayList<>();
        if (policy == AckPolicy.ALL) {
            NavigableSet<Long> upToHere = pending.headSet(sequence, true);
            settled.addAll(upToHere);
            upToHere.clear();
        } else if (pending.remove(sequence)) {
            settled.add(sequence);
        }
        return settled;
        // EXERCISE 5.2 END
    }

    /** Settles exactly this message, whatever the policy (what a term does). Returns whether it was pending. */
    public boolean settle(long sequence) {
        // EXERCISE 5.2 BEGIN: Settle only this sequence.
        return pending.remove(sequence);
        // EXERCISE 5.2 END
    }

    public boolean isPending(long sequence) {
        // EXERCISE 5.2 BEGIN: Whether this sequence waits for an ack.
        return pending.contains(sequence);
        // EXERCISE 5.2 END
    }

    /** The pending sequences, ascending. */
    public List<Long> pending() {
        // EXERCISE 5.2 BEGIN: A copy of the pending sequences in ascending order.
        return List.copyOf(pending);
        // EXERCISE 5.2 END
    }

    /** The highest sequence with nothing pending at or below it; 0 before anything was settled. */
    public long ackFloor() {
        // EXERCISE 5.2 BEGIN: Just below the lowest pending sequence, or the highest delivered when nothing is pending.
        return pending.isEmpty() ? highestDelivered : pending.first() - 1;
        // EXERCISE 5.2 END
    }
}

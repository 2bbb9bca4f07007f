package workshop.step05.build;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;
import workshop.step05.given.MemoryStream;
import workshop.step05.given.StoredMessage;

/**
 * A pull consumer over an in-memory stream: a stateful view that remembers where it is, what it
 * delivered, and what is still unacknowledged. The application pulls batches with {@link #fetch},
 * then settles each message: {@link #ack}, {@link #nak}, {@link #term}, or asks for more time
 * with {@link #inProgress}.
 * <p>
 * Messages whose AckWait ran out, and nak'ed messages, are delivered again before new ones,
 * lowest sequence first, until MaxDeliver is reached; then the listener hears
 * {@link ConsumerListener#maxDeliveriesReached} and the message is never delivered again. Time
 * comes from the clock; timers are checked when the application fetches. Thread-safe.
 */
public final class PullConsumer {

    private final String name;
    private final MemoryStream stream;
    private final ConsumerConfig config;
    private final Clock clock;
    private final ConsumerListener listener;
    private final AckLedger ledger;
    private final RedeliveryTimer timer;
    private final DeliveryAttempts attempts;
    private final NavigableSet<Long> redeliveries = new TreeSet<>(); // due again, not yet handed out
    private long nextNewSequence = -1; // where new messages come from; -1 until the first fetch

    public PullConsumer(
            String name, MemoryStream stream, ConsumerConfig config, Clock clock, ConsumerListener listener) {
        this.name = name;
        this.stream = stream;
        this.config = config;
        this.clock = clock;
        this.listener = listener;
        this.ledger = new AckLedger(config.ackPolicy());
        this.timer = new RedeliveryTimer(config.ackWait());
        this.attempts = new DeliveryAttempts(config.maxDeliver());
    }

    public String name() {
        return name;
    }

    /**
     * Up to {@code max} messages: first those due again (AckWait over, or nak'ed), lowest sequence
     * first, then new ones from where the consumer is, matching its filter. Each delivery starts
     * its AckWait; with {@link AckPolicy#NONE} it is settled (and reported acknowledged) at once.
     * A due message that has had MaxDeliver deliveries is reported to the listener instead, and a
     * due message the stream no longer has is dropped.
     *
     * @return the deliveries, possibly fewer than max, empty when there is nothing to deliver
     */
    public synchronized List<Delivery> fetch(int max) {
        // TODO Exercise 5.5: Deliver what is due again (within MaxDeliver), then new messages from the start position
        // on.
        throw new UnsupportedOperationException("Exercise 5.5 is not solved yet: Pull, ack and redeliver. Read step05-consumers-acks/README.md#55-pull-ack-and-redeliver");
    }

    /** Acknowledges a delivered message (with {@link AckPolicy#ALL}, every earlier pending one too). */
    public synchronized void ack(long sequence) {
        // TODO Exercise 5.5: Settle through the ledger; stop, forget and report everything it settled.
        throw new UnsupportedOperationException("Exercise 5.5 is not solved yet: Pull, ack and redeliver. Read step05-consumers-acks/README.md#55-pull-ack-and-redeliver");
    }

    /** Negative ack: deliver this message again as soon as possible. */
    public synchronized void nak(long sequence) {
        nak(sequence, Duration.ZERO);
    }

    /** Negative ack: deliver this message again, but not before {@code delay}. */
    public synchronized void nak(long sequence, Duration delay) {
        // TODO Exercise 5.5: A pending message becomes due after the delay.
        throw new UnsupportedOperationException("Exercise 5.5 is not solved yet: Pull, ack and redeliver. Read step05-consumers-acks/README.md#55-pull-ack-and-redeliver");
    }

    /** Terminate: never deliver this message again; the listener hears it as terminated, then acknowledged. */
    public synchronized void term(long sequence) {
        // TODO Exercise 5.5: Settle only this message, forget it, report it terminated and acknowledged.
        throw new UnsupportedOperationException("Exercise 5.5 is not solved yet: Pull, ack and redeliver. Read step05-consumers-acks/README.md#55-pull-ack-and-redeliver");
    }

    /** Still working on it: restart this message's AckWait. */
    public synchronized void inProgress(long sequence) {
        // TODO Exercise 5.5: Restart the AckWait of a pending message.
        throw new UnsupportedOperationException("Exercise 5.5 is not solved yet: Pull, ack and redeliver. Read step05-consumers-acks/README.md#55-pull-ack-and-redeliver");
    }

    /** The delivered messages still waiting for an ack, ascending. */
    public synchronized List<Long> pending() {
        return ledger.pending();
    }

    /** The highest sequence with nothing pending at or below it. */
    public synchronized long ackFloor() {
        return ledger.ackFloor();
    }

    private Delivery deliver(StoredMessage message, Instant now) {
        long sequence = message.sequence();
        int count = attempts.recordDelivery(sequence);
        ledger.delivered(sequence);
        if (config.ackPolicy() == AckPolicy.NONE) {
            attempts.forget(sequence);
            listener.acknowledged(sequence); // no ack will come: delivered is done
        } else {
            timer.started(sequence, now);
        }
        return new Delivery(message, count);
    }

    private void forget(long sequence) {
        ledger.settle(sequence);
        timer.stop(sequence);
        attempts.forget(sequence);
        redeliveries.remove(sequence);
    }
}

package workshop.step05.build;

import java.time.Duration;
import java.time.Instant;

/**
 * How a consumer reads its stream. Start from {@link #defaults()} and change what you need with
 * the {@code with…} methods.
 *
 * @param filterSubject which of the stream's subjects it delivers ({@code ">"}: all)
 * @param deliverPolicy where it starts
 * @param startSequence for {@link DeliverPolicy#BY_START_SEQUENCE}
 * @param startTime     for {@link DeliverPolicy#BY_START_TIME}
 * @param ackPolicy     what it expects back
 * @param ackWait       how long a delivered message may stay unacknowledged before it is delivered again
 * @param maxDeliver    how many times a message is delivered at most ({@code -1}: no limit)
 */
public record ConsumerConfig(
        String filterSubject,
        DeliverPolicy deliverPolicy,
        long startSequence,
        Instant startTime,
        AckPolicy ackPolicy,
        Duration ackWait,
        int maxDeliver) {

    /** Everything, from the start, explicit acks, 30 s AckWait, no delivery limit: JetStream's defaults. */
    public static ConsumerConfig defaults() {
        return new ConsumerConfig(">", DeliverPolicy.ALL, 0, null, AckPolicy.EXPLICIT, Duration.ofSeconds(30), -1);
    }

    public ConsumerConfig withFilterSubject(String filter) {
        return new ConsumerConfig(filter, deliverPolicy, startSequence, startTime, ackPolicy, ackWait, maxDeliver);
    }

    public ConsumerConfig withDeliverPolicy(DeliverPolicy policy) {
        return new ConsumerConfig(filterSubject, policy, startSequence, startTime, ackPolicy, ackWait, maxDeliver);
    }

    public ConsumerConfig startingAtSequence(long sequence) {
        return new ConsumerConfig(
                filterSubject, DeliverPolicy.BY_START_SEQUENCE, sequence, startTime, ackPolicy, ackWait, maxDeliver);
    }

    public ConsumerConfig startingAtTime(Instant time) {
        return new ConsumerConfig(
                filterSubject, DeliverPolicy.BY_START_TIME, startSequence, time, ackPolicy, ackWait, maxDeliver);
    }

    public ConsumerConfig withAckPolicy(AckPolicy policy) {
        return new ConsumerConfig(filterSubject, deliverPolicy, startSequence, startTime, policy, ackWait, maxDeliver);
    }

    public ConsumerConfig withAckWait(Duration wait) {
        return new ConsumerConfig(filterSubject, deliverPolicy, startSequence, startTime, ackPolicy, wait, maxDeliver);
    }

    public ConsumerConfig withMaxDeliver(int max) {
        return new ConsumerConfig(filterSubject, deliverPolicy, startSequence, startTime, ackPolicy, ackWait, max);
    }
}

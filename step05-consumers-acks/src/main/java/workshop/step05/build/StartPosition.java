package workshop.step05.build;

import workshop.step05.given.MemoryStream;

/** Where a new consumer begins: the deliver policy turned into a sequence number. */
public final class StartPosition {

    private StartPosition() {}

    /**
     * The first sequence a new consumer may deliver (it delivers the first message at or after it
     * that matches its filter):
     * <ul>
     *   <li>{@link DeliverPolicy#ALL}: the stream's first stored sequence;</li>
     *   <li>{@link DeliverPolicy#NEW}: the stream's last sequence + 1;</li>
     *   <li>{@link DeliverPolicy#LAST}: the newest message matching the filter (last + 1 when none does);</li>
     *   <li>{@link DeliverPolicy#BY_START_SEQUENCE}: the configured sequence, but never below the first stored one;</li>
     *   <li>{@link DeliverPolicy#BY_START_TIME}: the first message stored at or after the configured time (last + 1 when none).</li>
     * </ul>
     */
    public static long firstSequence(ConsumerConfig config, MemoryStream stream) {
        // TODO Exercise 5.1: Turn each deliver policy into the sequence the consumer starts from.
        throw new UnsupportedOperationException("Exercise 5.1 is not solved yet: Start where the deliver policy says. Read step05-consumers-acks/README.md#51-start-where-the-deliver-policy-says");
    }
}

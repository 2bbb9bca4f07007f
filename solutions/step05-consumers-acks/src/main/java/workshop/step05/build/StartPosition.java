package workshop.step05.build;

import workshop.step05.given.MemoryStream;
import workshop.step05.given.StoredMessage;

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
        // EXERCISE 5.1 BEGIN: Turn each deliver policy into the sequence the consumer starts from.
        long afterLast = stream.lastSequence() + 1;
        return switch (config.deliverPolicy()) {
            case ALL -> stream.firstSequence();
            case NEW -> afterLast;
            case LAST ->
                stream.last(config.filterSubject()).map(StoredMessage::sequence).orElse(afterLast);
            case BY_START_SEQUENCE -> Math.max(config.startSequence(), stream.firstSequence());
            case BY_START_TIME ->
                stream.messages().stream()
                        .filter(message -> !message.timestamp().isBefore(config.startTime()))
                        .map(StoredMessage::sequence)
                        .findFirst()
                        .orElse(afterLast);
        };
        // EXERCISE 5.1 END
    }
}

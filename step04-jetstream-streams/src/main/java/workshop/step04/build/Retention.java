package workshop.step04.build;

import java.time.Instant;
import java.util.List;

/**
 * The limits that make room by dropping old messages: the age limit, the per-subject limit, and,
 * with {@link Discard#OLD}, the message and byte limits. (With {@link Discard#NEW} a stream never
 * goes over maxMsgs or maxBytes, because {@link Admission} rejects first, but old messages still
 * expire and per-subject limits still drop the oldest of a subject: nats-server's default, which
 * its {@code discard_new_per_subject} option changes; this stream does not model that option.)
 */
public final class Retention {

    private Retention() {}

    /**
     * The messages to drop so the stream is within its limits, in ascending sequence order.
     * <ul>
     *   <li>age: a message expires once {@code now} is {@code maxAge} or more after its timestamp;</li>
     *   <li>per subject: of each subject, only the newest {@code maxMsgsPerSubject} stay;</li>
     *   <li>then, of what is left, the oldest go until at most {@code maxMsgs} messages and at most
     *       {@code maxBytes} bytes remain.</li>
     * </ul>
     *
     * @param oldestFirst the stored messages, in ascending sequence order
     * @return the sequences to remove, lowest first; empty when nothing has to go
     */
    public static List<Long> evictions(StreamConfig config, List<StoredMessage> oldestFirst, Instant now) {
        // TODO Exercise 4.3: Collect the expired messages, the surplus per subject, then the oldest until count and
        // bytes fit.
        throw new UnsupportedOperationException("Exercise 4.3 is not solved yet: Enforce limits by dropping old messages. Read step04-jetstream-streams/README.md#43-enforce-limits-by-dropping-old-messages");
    }

    private static boolean over(long limit, long value) {
        return StreamConfig.isLimited(limit) && value > limit;
    }
}

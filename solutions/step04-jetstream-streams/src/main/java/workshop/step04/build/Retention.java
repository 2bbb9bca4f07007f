package workshop.step04.build;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        // EXERCISE 4.3 BEGIN: Collect the expired messages, the surplus per subject, then the oldest until count and
        // bytes fit.
        Set<Long> evicted = new LinkedHashSet<>();
        if (config.hasMaxAge()) {
            Instant oldestKept = now.minus(config.maxAge());
            for (StoredMessage message : oldestFirst) {
                if (!message.timestamp().isAfter(oldestKept)) {
                    evicted.add(message.sequence());
                }
            }
        }
        if (StreamConfig.isLimited(config.maxMsgsPerSubject())) {
            Map<String, Integer> keptPerSubject = new HashMap<>();
            for (StoredMessage message : oldestFirst.reversed()) { // newest first: the newest are the ones to keep
                int kept = keptPerSubject.merge(message.subject(), 1, Integer::sum);
                if (kept > config.maxMsgsPerSubject()) {
                    evicted.add(message.sequence());
                }
            }
        }
        List<StoredMessage> remaining = new ArrayList<>(oldestFirst.stream()
                .filter(m -> !evicted.contains(m.sequence()))
                .toList());
        long bytes = remaining.stream().mapToLong(StoredMessage::size).sum();
        while (!remaining.isEmpty() && (over(config.maxMsgs(), remaining.size()) || over(config.maxBytes(), bytes))) {
            StoredMessage oldest = remaining.removeFirst();
            bytes -= oldest.size();
            evicted.add(oldest.sequence());
        }
        return evicted.stream().sorted().toList();
        // EXERCISE 4.3 END
    }

    private static boolean over(long limit, long value) {
        return StreamConfig.isLimited(limit) && value > limit;
    }
}

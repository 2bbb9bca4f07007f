package workshop.step04.build;

import java.time.Duration;
import java.util.List;

/**
 * How a stream is set up: its name, the subjects it captures (wildcards allowed) and its limits.
 * A limit of {@code -1} (or {@link Duration#ZERO} for the age) means "no limit", as in JetStream.
 * Build one with {@link #of(String, String...)} and the {@code with…} methods.
 *
 * @param maxMsgs           most messages kept in the stream
 * @param maxBytes          most bytes kept (see {@link StoredMessage#size()} for what counts)
 * @param maxAge            how long a message is kept at most
 * @param maxMsgsPerSubject most messages kept for any one subject (1 makes a last-value stream)
 * @param maxMsgSize        the largest single message the stream accepts
 * @param discard           what happens when a new message would exceed maxMsgs or maxBytes
 */
public record StreamConfig(
        String name,
        List<String> subjects,
        long maxMsgs,
        long maxBytes,
        Duration maxAge,
        long maxMsgsPerSubject,
        int maxMsgSize,
        Discard discard) {

    public static final long UNLIMITED = -1;

    public StreamConfig {
        subjects = List.copyOf(subjects);
    }

    /** A stream with no limits that captures the given subjects and discards old messages. */
    public static StreamConfig of(String name, String... subjects) {
        return new StreamConfig(
                name, List.of(subjects), UNLIMITED, UNLIMITED, Duration.ZERO, UNLIMITED, (int) UNLIMITED, Discard.OLD);
    }

    public StreamConfig withMaxMsgs(long max) {
        return new StreamConfig(name, subjects, max, maxBytes, maxAge, maxMsgsPerSubject, maxMsgSize, discard);
    }

    public StreamConfig withMaxBytes(long max) {
        return new StreamConfig(name, subjects, maxMsgs, max, maxAge, maxMsgsPerSubject, maxMsgSize, discard);
    }

    public StreamConfig withMaxAge(Duration max) {
        return new StreamConfig(name, subjects, maxMsgs, maxBytes, max, maxMsgsPerSubject, maxMsgSize, discard);
    }

    public StreamConfig withMaxMsgsPerSubject(long max) {
        return new StreamConfig(name, subjects, maxMsgs, maxBytes, maxAge, max, maxMsgSize, discard);
    }

    public StreamConfig withMaxMsgSize(int max) {
        return new StreamConfig(name, subjects, maxMsgs, maxBytes, maxAge, maxMsgsPerSubject, max, discard);
    }

    public StreamConfig withDiscard(Discard policy) {
        return new StreamConfig(name, subjects, maxMsgs, maxBytes, maxAge, maxMsgsPerSubject, maxMsgSize, policy);
    }

    /** Whether a limit is set (anything but {@link #UNLIMITED}). */
    public static boolean isLimited(long limit) {
        return limit != UNLIMITED;
    }

    /** Whether messages expire. */
    public boolean hasMaxAge() {
        return !maxAge.isZero() && !maxAge.isNegative();
    }
}

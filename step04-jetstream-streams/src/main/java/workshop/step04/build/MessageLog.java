package workshop.step04.build;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The storage under a stream: messages in the order they arrived, each with a sequence number
 * (1, 2, 3, … never reused, not even after the message is removed) and the time it was stored,
 * read from the clock the log was given (so tests can move time by hand).
 * <p>
 * The log applies no limits: deciding what to keep is {@link Retention}'s job. Not thread-safe:
 * {@link MemoryStream} is the only caller.
 */
public final class MessageLog {

    private final Clock clock;
    private final NavigableMap<Long, StoredMessage> messages = new TreeMap<>();
    private long lastSequence; // the highest sequence ever handed out; 0 before the first append
    private long bytes;

    public MessageLog(Clock clock) {
        this.clock = clock;
    }

    /** Stores a message with the next sequence number and the clock's current time, and returns it as stored. */
    public StoredMessage append(String subject, byte[] data) {
        // TODO Exercise 4.1: Give the message the next sequence number and the clock's time; keep it and count its
        // bytes.
        throw new UnsupportedOperationException("Exercise 4.1 is not solved yet: Number and time-stamp messages. Read step04-jetstream-streams/README.md#41-number-and-time-stamp-messages");
    }

    /** The message with this sequence number, or empty when there never was one or it was removed. */
    public Optional<StoredMessage> get(long sequence) {
        // TODO Exercise 4.1: Look the message up by its sequence number.
        throw new UnsupportedOperationException("Exercise 4.1 is not solved yet: Number and time-stamp messages. Read step04-jetstream-streams/README.md#41-number-and-time-stamp-messages");
    }

    /** Removes one message; returns whether it was there. Its sequence number is never given out again. */
    public boolean remove(long sequence) {
        // TODO Exercise 4.1: Remove the message and stop counting its bytes; never touch lastSequence.
        throw new UnsupportedOperationException("Exercise 4.1 is not solved yet: Number and time-stamp messages. Read step04-jetstream-streams/README.md#41-number-and-time-stamp-messages");
    }

    /**
     * The lowest stored sequence. For a log emptied by removals, the sequence the next message will
     * get ({@code lastSequence + 1}); for a log that never stored anything, 0, as nats-server reports.
     */
    public long firstSequence() {
        // TODO Exercise 4.1: The oldest stored message's sequence; when nothing is stored, lastSequence + 1, or 0 if
        // nothing ever was.
        throw new UnsupportedOperationException("Exercise 4.1 is not solved yet: Number and time-stamp messages. Read step04-jetstream-streams/README.md#41-number-and-time-stamp-messages");
    }

    /** The highest sequence ever given out, even if that message is gone; 0 before the first append. */
    public long lastSequence() {
        // TODO Exercise 4.1: The highest sequence handed out so far.
        throw new UnsupportedOperationException("Exercise 4.1 is not solved yet: Number and time-stamp messages. Read step04-jetstream-streams/README.md#41-number-and-time-stamp-messages");
    }

    /** The total {@link StoredMessage#size()} of the stored messages. */
    public long bytes() {
        // TODO Exercise 4.1: The bytes of what is stored now.
        throw new UnsupportedOperationException("Exercise 4.1 is not solved yet: Number and time-stamp messages. Read step04-jetstream-streams/README.md#41-number-and-time-stamp-messages");
    }

    /** How many messages are stored. */
    public int count() {
        return messages.size();
    }

    /** The stored messages, oldest (lowest sequence) first; a copy. */
    public List<StoredMessage> messages() {
        return new ArrayList<>(messages.values());
    }
}

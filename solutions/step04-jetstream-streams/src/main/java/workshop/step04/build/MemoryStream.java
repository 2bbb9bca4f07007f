package workshop.step04.build;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import workshop.given.Subjects;

/**
 * A JetStream-like stream in memory: it captures the subjects in its {@link StreamConfig}, numbers
 * and time-stamps what it stores, enforces the limits, and answers reads by sequence and by
 * subject. Time comes from the {@link Clock} it is given; expired messages disappear on the next
 * publish or read (the real server runs a timer instead).
 */
public final class MemoryStream {

    private final StreamConfig config;
    private final Clock clock;
    private final MessageLog log;

    public MemoryStream(StreamConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.log = new MessageLog(clock);
    }

    public StreamConfig config() {
        return config;
    }

    /**
     * Stores a message, as a JetStream publish does, and says where.
     *
     * @throws PublishRejected when {@link Admission} refuses it; nothing is stored then
     */
    public PublishAck publish(String subject, byte[] data) {
        // EXERCISE 4.5 BEGIN: Drop what expired, admit, append, enforce the limits, acknowledge.
        Subjects.requireValidSubject(subject);
        enforceLimits();
        Admission.check(config, state(), subject, data);
        StoredMessage stored = log.append(subject, data);
        enforceLimits();
        return new PublishAck(config.name(), stored.sequence());
        // EXERCISE 4.5 END
    }

    /** The message with this sequence, or empty when there is none (never stored, removed, expired, purged). */
    public Optional<StoredMessage> get(long sequence) {
        // EXERCISE 4.5 BEGIN: Drop what expired, then look the sequence up.
        enforceLimits();
        return log.get(sequence);
        // EXERCISE 4.5 END
    }

    /** The newest message on a subject matching the filter. */
    public Optional<StoredMessage> lastBySubject(String filter) {
        // EXERCISE 4.5 BEGIN: Drop what expired, then find the newest match.
        enforceLimits();
        return LastPerSubject.last(log.messages(), filter);
        // EXERCISE 4.5 END
    }

    /** Removes every message; sequences go on where they were. Returns how many were removed. */
    public long purge() {
        // EXERCISE 4.5 BEGIN: Remove everything; sequence numbers are not reset.
        return removeAll(log.messages().stream().map(StoredMessage::sequence).toList());
        // EXERCISE 4.5 END
    }

    /** Removes the messages on subjects matching the filter; returns how many were removed. */
    public long purge(String filter) {
        // EXERCISE 4.5 BEGIN: Remove only the messages whose subject matches.
        return removeAll(log.messages().stream()
                .filter(message -> Subjects.matches(filter, message.subject()))
                .map(StoredMessage::sequence)
                .toList());
        // EXERCISE 4.5 END
    }

    /** The stream's numbers now, as {@code nats stream info} shows them. */
    public StreamState state() {
        return new StreamState(log.count(), log.bytes(), log.firstSequence(), log.lastSequence());
    }

    private void enforceLimits() {
        removeAll(Retention.evictions(config, log.messages(), clock.instant()));
    }

    private long removeAll(List<Long> sequences) {
        return sequences.stream().filter(log::remove).count();
    }
}

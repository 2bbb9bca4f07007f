package workshop.step05.given;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import workshop.given.Subjects;

/**
 * The in-memory stream of step 4, cut down to what consumers need: it numbers and time-stamps
 * messages (1, 2, 3…, never reused), finds them by sequence or by subject, and lets a retention
 * policy remove them. No limits, no subject capture: every publish is stored. Thread-safe.
 */
public final class MemoryStream {

    private final String name;
    private final Clock clock;
    private final NavigableMap<Long, StoredMessage> messages = new TreeMap<>();
    private long lastSequence;

    public MemoryStream(String name, Clock clock) {
        this.name = name;
        this.clock = clock;
    }

    public String name() {
        return name;
    }

    /** Stores a message and returns its sequence number. */
    public synchronized long publish(String subject, byte[] data) {
        lastSequence++;
        messages.put(
                lastSequence,
                new StoredMessage(lastSequence, Subjects.requireValidSubject(subject), data.clone(), clock.instant()));
        return lastSequence;
    }

    /** Stores a text message (UTF-8) and returns its sequence number. */
    public long publish(String subject, String text) {
        return publish(subject, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The message with this sequence, or empty when there never was one or it was removed. */
    public synchronized Optional<StoredMessage> get(long sequence) {
        return Optional.ofNullable(messages.get(sequence));
    }

    /**
     * The first stored message with a sequence of at least {@code fromSequence} whose subject
     * matches the filter ({@code null} or {@code ">"} match everything).
     */
    public synchronized Optional<StoredMessage> next(long fromSequence, String filter) {
        String wanted = filter == null ? ">" : filter;
        return messages.tailMap(fromSequence, true).values().stream()
                .filter(message -> Subjects.matches(wanted, message.subject()))
                .findFirst();
    }

    /** The newest stored message whose subject matches the filter ({@code null} or {@code ">"} match everything). */
    public synchronized Optional<StoredMessage> last(String filter) {
        String wanted = filter == null ? ">" : filter;
        return messages.descendingMap().values().stream()
                .filter(message -> Subjects.matches(wanted, message.subject()))
                .findFirst();
    }

    /** Removes a message (a retention policy's decision); returns whether it was there. */
    public synchronized boolean remove(long sequence) {
        return messages.remove(sequence) != null;
    }

    /** The lowest stored sequence; for an empty stream, the sequence the next message will get. */
    public synchronized long firstSequence() {
        return messages.isEmpty() ? lastSequence + 1 : messages.firstKey();
    }

    /** The highest sequence ever given out; 0 before the first publish. */
    public synchronized long lastSequence() {
        return lastSequence;
    }

    /** How many messages are stored. */
    public synchronized int count() {
        return messages.size();
    }

    /** The stored messages, oldest first; a copy. */
    public synchronized List<StoredMessage> messages() {
        return new ArrayList<>(messages.values());
    }
}

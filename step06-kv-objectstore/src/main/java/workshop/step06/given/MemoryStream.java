package workshop.step06.given;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import workshop.given.Subjects;

/**
 * An in-memory stream, the part of step 4's that a key/value store needs: messages numbered by a
 * sequence that only grows, a limit on how many messages each subject keeps (the oldest go first),
 * appends that check the subject's last sequence, per-subject purge, and listeners that hear every
 * append.
 *
 * <p>Every method is synchronized on the stream, and listeners are called on the appending thread
 * while the stream is locked: code that reads the stream and then calls {@link #listen} inside
 * {@code synchronized (stream) { … }} cannot miss an append in between.
 */
public final class MemoryStream {

    private final String name;
    private final int maxMessagesPerSubject;
    private final TreeMap<Long, StoredMessage> messages = new TreeMap<>();
    private final List<Consumer<StoredMessage>> listeners = new CopyOnWriteArrayList<>();
    private long lastSequence;

    /**
     * @param maxMessagesPerSubject how many messages each subject keeps (JetStream's {@code max_msgs_per_subject})
     */
    public MemoryStream(String name, int maxMessagesPerSubject) {
        if (maxMessagesPerSubject < 1) {
            throw new IllegalArgumentException("A stream keeps at least one message per subject");
        }
        this.name = name;
        this.maxMessagesPerSubject = maxMessagesPerSubject;
    }

    public String name() {
        return name;
    }

    /** Stores a message and returns its sequence; the subject's oldest message goes if it has too many. */
    public synchronized long append(String subject, Map<String, String> headers, byte[] data) {
        StoredMessage message = new StoredMessage(++lastSequence, subject, headers, data.clone());
        messages.put(message.sequence(), message);
        enforcePerSubjectLimit(subject);
        listeners.forEach(listener -> listener.accept(message));
        return message.sequence();
    }

    /**
     * Stores a message only if the subject's last message has sequence {@code expectedLastSequence}
     * (0: the subject has no message), as the header {@code Nats-Expected-Last-Subject-Sequence} asks.
     *
     * @throws WrongLastSequenceException when the subject moved on; nothing is stored then
     */
    public synchronized long appendIfLast(
            String subject, Map<String, String> headers, byte[] data, long expectedLastSequence) {
        long actual = lastOn(subject).map(StoredMessage::sequence).orElse(0L);
        if (actual != expectedLastSequence) {
            throw new WrongLastSequenceException(subject, expectedLastSequence, actual);
        }
        return append(subject, headers, data);
    }

    public synchronized Optional<StoredMessage> get(long sequence) {
        return Optional.ofNullable(messages.get(sequence));
    }

    /** The newest message on exactly this subject. */
    public synchronized Optional<StoredMessage> lastOn(String subject) {
        for (StoredMessage message : messages.descendingMap().values()) {
            if (message.subject().equals(subject)) {
                return Optional.of(message);
            }
        }
        return Optional.empty();
    }

    /** Every stored message whose subject matches the filter ({@code *} and {@code >} allowed), oldest first. */
    public synchronized List<StoredMessage> messages(String filter) {
        List<StoredMessage> matching = new ArrayList<>();
        for (StoredMessage message : messages.values()) {
            if (Subjects.matches(filter, message.subject())) {
                matching.add(message);
            }
        }
        return matching;
    }

    /** Removes the subject's messages except the newest {@code keep}. Sequences are never reused. */
    public synchronized void purgeSubject(String subject, int keep) {
        List<Long> onSubject = new ArrayList<>();
        messages.values().stream()
                .filter(message -> message.subject().equals(subject))
                .forEach(message -> onSubject.add(message.sequence()));
        for (int i = 0; i < onSubject.size() - keep; i++) {
            messages.remove(onSubject.get(i));
        }
    }

    public synchronized long lastSequence() {
        return lastSequence;
    }

    /**
     * Calls the listener with every message appended from now on, on the appending thread.
     *
     * @return stops the listening
     */
    public Runnable listen(Consumer<StoredMessage> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void enforcePerSubjectLimit(String subject) {
        int count = 0;
        for (StoredMessage message : messages.values()) {
            if (message.subject().equals(subject)) {
                count++;
            }
        }
        Iterator<StoredMessage> oldestFirst = messages.values().iterator();
        while (count > maxMessagesPerSubject && oldestFirst.hasNext()) {
            if (oldestFirst.next().subject().equals(subject)) {
                oldestFirst.remove();
                count--;
            }
        }
    }
}

package workshop.step06.build;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import workshop.given.Subjects;
import workshop.step06.given.MemoryStream;
import workshop.step06.given.StoredMessage;
import workshop.step06.given.WrongLastSequenceException;

/**
 * A key/value bucket built the way NATS builds it: on a stream. Every key is a subject
 * ({@code $KV.<bucket>.<key>}), every write is a message on it, the message's sequence is the
 * entry's revision, and the stream's per-subject limit is the history kept per key. A delete is
 * not a removal but a marker message (header {@code KV-Operation: DEL}); a purge is a marker that
 * also removes the key's older messages.
 */
public final class KeyValue {

    /** The header that marks a delete or purge; a message without it is a PUT. */
    public static final String OPERATION_HEADER = "KV-Operation";

    private static final Pattern VALID_KEY = Pattern.compile("[-/_=.a-zA-Z0-9]+");

    private final String bucket;
    private final MemoryStream stream;

    /** A bucket on the given stream; the stream's per-subject limit is the bucket's history. */
    public KeyValue(String bucket, MemoryStream stream) {
        this.bucket = bucket;
        this.stream = stream;
    }

    /** The subject that holds a key's entries: {@code $KV.<bucket>.<key>}. */
    public String subjectOf(String key) {
        if (!VALID_KEY.matcher(key).matches() || key.startsWith(".") || key.endsWith(".")) {
            throw new IllegalArgumentException(
                    "Invalid key '" + key + "': letters, digits and - / _ = . only, not at the ends");
        }
        return "$KV." + bucket + "." + key;
    }

    /** Stores a value and returns its revision. */
    public long put(String key, byte[] value) {
        // EXERCISE 6.1 BEGIN: Append the value to the key's subject; the sequence is the revision.
        return stream.append(subjectOf(key), Map.of(), value);
        // EXERCISE 6.1 END
    }

    /** The key's current value; empty when the key was never put, or its latest entry is a delete or purge. */
    public Optional<KvEntry> get(String key) {
        // EXERCISE 6.1 BEGIN: Read the last message on the key's subject; a marker means no value.
        return stream.lastOn(subjectOf(key)).map(this::toEntry).filter(entry -> entry.operation() == KvOperation.PUT);
        // EXERCISE 6.1 END
    }

    /**
     * Stores a value only if the key has none (never put, or deleted or purged last).
     *
     * @throws KvConflictException when the key has a value
     */
    public long create(String key, byte[] value) {
        // EXERCISE 6.2 BEGIN: Expect the key's last sequence to be 0, or that of a delete/purge marker; append only
        // then.
        String subject = subjectOf(key);
        Optional<StoredMessage> last = stream.lastOn(subject);
        if (last.isPresent() && toEntry(last.get()).operation() == KvOperation.PUT) {
            throw new KvConflictException(
                    "Key '" + key + "' exists (revision " + last.get().sequence() + ")");
        }
        long expected = last.map(StoredMessage::sequence).orElse(0L);
        try {
            return stream.appendIfLast(subject, Map.of(), value, expected);
        } catch (WrongLastSequenceException raced) {
            throw new KvConflictException("Key '" + key + "' was written concurrently: " + raced.getMessage());
        }
        // EXERCISE 6.2 END
    }

    /**
     * Stores a value only if the key's latest revision is {@code expectedRevision} (compare-and-set).
     *
     * @throws KvConflictException when the key moved on since that revision
     */
    public long update(String key, byte[] value, long expectedRevision) {
        // EXERCISE 6.2 BEGIN: Append only if the subject's last sequence is the expected revision.
        try {
            return stream.appendIfLast(subjectOf(key), Map.of(), value, expectedRevision);
        } catch (WrongLastSequenceException moved) {
            throw new KvConflictException(
                    "Key '" + key + "' is at revision " + moved.actual() + ", not " + expectedRevision);
        }
        // EXERCISE 6.2 END
    }

    /** Deletes a key by appending a DEL marker: its history is kept. */
    public void delete(String key) {
        // EXERCISE 6.3 BEGIN: Append an empty message with the DEL operation header.
        stream.append(subjectOf(key), Map.of(OPERATION_HEADER, KvOperation.DEL.name()), new byte[0]);
        // EXERCISE 6.3 END
    }

    /** Deletes a key and its history: a PURGE marker is appended and is all that remains. */
    public void purge(String key) {
        // EXERCISE 6.3 BEGIN: Append a PURGE marker, then purge the subject down to that marker.
        String subject = subjectOf(key);
        stream.append(subject, Map.of(OPERATION_HEADER, KvOperation.PURGE.name()), new byte[0]);
        stream.purgeSubject(subject, 1);
        // EXERCISE 6.3 END
    }

    /** Every entry the stream still holds for the key, markers included, oldest first. */
    public List<KvEntry> history(String key) {
        // EXERCISE 6.3 BEGIN: The key's subject's messages, as entries.
        return stream.messages(subjectOf(key)).stream().map(this::toEntry).toList();
        // EXERCISE 6.3 END
    }

    /** The keys that have a value now (deleted and purged keys are not listed), in order of first appearance. */
    public List<String> keys() {
        // EXERCISE 6.3 BEGIN: Keep the last entry per key across all the bucket's subjects; list those that are PUTs.
        Map<String, KvEntry> latest = new LinkedHashMap<>();
        for (StoredMessage message : stream.messages("$KV." + bucket + ".>")) {
            KvEntry entry = toEntry(message);
            latest.put(entry.key(), entry);
        }
        return latest.values().stream()
                .filter(entry -> entry.operation() == KvOperation.PUT)
                .map(KvEntry::key)
                .toList();
        // EXERCISE 6.3 END
    }

    /**
     * Watches the keys matching {@code keyFilter} ({@code *} and {@code >} work as in subjects):
     * first the current value of every matching key that has one, then
     * {@link KvWatcher#endOfInitialData()}, then every later put, delete and purge as it happens.
     *
     * @return stops the watch
     */
    public Runnable watch(String keyFilter, KvWatcher watcher) {
        String subjectFilter = "$KV." + bucket + "." + keyFilter;
        synchronized (stream) { // no append can slip in between the initial values and the listener
            // EXERCISE 6.4 BEGIN: Send the latest PUT of each matching key, then the end marker, then listen for
            // changes.
            Map<String, KvEntry> latest = new LinkedHashMap<>();
            for (StoredMessage message : stream.messages(subjectFilter)) {
                KvEntry entry = toEntry(message);
                latest.put(entry.key(), entry);
            }
            latest.values().stream()
                    .filter(entry -> entry.operation() == KvOperation.PUT)
                    .forEach(watcher::onEntry);
            watcher.endOfInitialData();
            return stream.listen(message -> {
                if (Subjects.matches(subjectFilter, message.subject())) {
                    watcher.onEntry(toEntry(message));
                }
            });
            // EXERCISE 6.4 END
        }
    }

    /** Reads a stored message as an entry: the key is the subject after {@code $KV.<bucket>.}. */
    private KvEntry toEntry(StoredMessage message) {
        String key = message.subject().substring(("$KV." + bucket + ".").length());
        KvOperation operation =
                message.header(OPERATION_HEADER).map(KvOperation::valueOf).orElse(KvOperation.PUT);
        return new KvEntry(key, message.data(), message.sequence(), operation);
    }
}

package workshop.step06.build;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import workshop.step06.given.MemoryStream;
import workshop.step06.given.StoredMessage;

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
        // TODO Exercise 6.1: Append the value to the key's subject; the sequence is the revision.
        throw new UnsupportedOperationException("Exercise 6.1 is not solved yet: Put and get on a stream. Read step06-kv-objectstore/README.md#61-put-and-get-on-a-stream");
    }

    /** The key's current value; empty when the key was never put, or its latest entry is a delete or purge. */
    public Optional<KvEntry> get(String key) {
        // TODO Exercise 6.1: Read the last message on the key's subject; a marker means no value.
        throw new UnsupportedOperationException("Exercise 6.1 is not solved yet: Put and get on a stream. Read step06-kv-objectstore/README.md#61-put-and-get-on-a-stream");
    }

    /**
     * Stores a value only if the key has none (never put, or deleted or purged last).
     *
     * @throws KvConflictException when the key has a value
     */
    public long create(String key, byte[] value) {
        // TODO Exercise 6.2: Expect the key's last sequence to be 0, or that of a delete/purge marker; append only
        // then.
        throw new UnsupportedOperationException("Exercise 6.2 is not solved yet: Create and update with an expected revision. Read step06-kv-objectstore/README.md#62-create-and-update-with-an-expected-revision");
    }

    /**
     * Stores a value only if the key's latest revision is {@code expectedRevision} (compare-and-set).
     *
     * @throws KvConflictException when the key moved on since that revision
     */
    public long update(String key, byte[] value, long expectedRevision) {
        // TODO Exercise 6.2: Append only if the subject's last sequence is the expected revision.
        throw new UnsupportedOperationException("Exercise 6.2 is not solved yet: Create and update with an expected revision. Read step06-kv-objectstore/README.md#62-create-and-update-with-an-expected-revision");
    }

    /** Deletes a key by appending a DEL marker: its history is kept. */
    public void delete(String key) {
        // TODO Exercise 6.3: Append an empty message with the DEL operation header.
        throw new UnsupportedOperationException("Exercise 6.3 is not solved yet: Delete, purge, history and keys. Read step06-kv-objectstore/README.md#63-delete-purge-history-and-keys");
    }

    /** Deletes a key and its history: a PURGE marker is appended and is all that remains. */
    public void purge(String key) {
        // TODO Exercise 6.3: Append a PURGE marker, then purge the subject down to that marker.
        throw new UnsupportedOperationException("Exercise 6.3 is not solved yet: Delete, purge, history and keys. Read step06-kv-objectstore/README.md#63-delete-purge-history-and-keys");
    }

    /** Every entry the stream still holds for the key, markers included, oldest first. */
    public List<KvEntry> history(String key) {
        // TODO Exercise 6.3: The key's subject's messages, as entries.
        throw new UnsupportedOperationException("Exercise 6.3 is not solved yet: Delete, purge, history and keys. Read step06-kv-objectstore/README.md#63-delete-purge-history-and-keys");
    }

    /** The keys that have a value now (deleted and purged keys are not listed), in order of first appearance. */
    public List<String> keys() {
        // TODO Exercise 6.3: Keep the last entry per key across all the bucket's subjects; list those that are PUTs.
        throw new UnsupportedOperationException("Exercise 6.3 is not solved yet: Delete, purge, history and keys. Read step06-kv-objectstore/README.md#63-delete-purge-history-and-keys");
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
            // TODO Exercise 6.4: Send the latest PUT of each matching key, then the end marker, then listen for
            // changes.
            throw new UnsupportedOperationException("Exercise 6.4 is not solved yet: Watch a bucket. Read step06-kv-objectstore/README.md#64-watch-a-bucket");
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

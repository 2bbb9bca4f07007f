package workshop.step07.use;

import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.StreamInfo;
import java.io.IOException;

/**
 * Streams for two features of nats-server 2.12: atomic batches ({@code allow_atomic}) and counters
 * ({@code allow_msg_counter}). A server that does not know a setting drops it without a word and
 * creates the stream all the same, so a program asks the configuration the server sent back whether
 * it got the feature, never the one it sent.
 */
public final class StreamFeatures {

    private StreamFeatures() {}

    /** Creates a stream in memory on {@code subjects} that commits batches of messages all or nothing. */
    public static StreamInfo createBatchStream(JetStreamManagement management, String name, String subjects)
            throws IOException, JetStreamApiException {
        // TODO Exercise 7.8: An in-memory stream on the subjects that allows atomic publish.
        throw new UnsupportedOperationException("Exercise 7.8 is not solved yet: Ask whether the stream batches and counts. Read step07-exactly-once/README.md#78-ask-whether-the-stream-batches-and-counts");
    }

    /** Creates a stream in memory on {@code subjects} whose messages are counter increments. */
    public static StreamInfo createCounterStream(JetStreamManagement management, String name, String subjects)
            throws IOException, JetStreamApiException {
        // TODO Exercise 7.8: An in-memory stream on the subjects that allows message counters.
        throw new UnsupportedOperationException("Exercise 7.8 is not solved yet: Ask whether the stream batches and counts. Read step07-exactly-once/README.md#78-ask-whether-the-stream-batches-and-counts");
    }

    /** Whether the server kept {@code allow_atomic}: only then is a batch stored all or nothing. */
    public static boolean commitsBatches(StreamInfo stream) {
        // TODO Exercise 7.8: Read the flag from the configuration the server returned.
        throw new UnsupportedOperationException("Exercise 7.8 is not solved yet: Ask whether the stream batches and counts. Read step07-exactly-once/README.md#78-ask-whether-the-stream-batches-and-counts");
    }

    /** Whether the server kept {@code allow_msg_counter}: only then does {@code Nats-Incr} add up. */
    public static boolean countsIncrements(StreamInfo stream) {
        // TODO Exercise 7.8: Read the flag from the configuration the server returned.
        throw new UnsupportedOperationException("Exercise 7.8 is not solved yet: Ask whether the stream batches and counts. Read step07-exactly-once/README.md#78-ask-whether-the-stream-batches-and-counts");
    }
}

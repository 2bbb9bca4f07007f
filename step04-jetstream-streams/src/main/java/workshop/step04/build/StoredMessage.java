package workshop.step04.build;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A message as a stream keeps it: what was published, plus the sequence number and the time the
 * stream gave it when it stored it.
 */
public record StoredMessage(long sequence, String subject, byte[] data, Instant timestamp) {

    /**
     * The bytes this message counts against {@code maxBytes}: its subject plus its payload. (The
     * real server also counts headers and a little overhead per message, so its numbers are higher.)
     */
    public long size() {
        return sizeOf(subject, data);
    }

    /** The size a message with this subject and payload would have. */
    public static long sizeOf(String subject, byte[] data) {
        return subject.getBytes(StandardCharsets.UTF_8).length + (long) data.length;
    }

    /** The payload as UTF-8 text. */
    public String text() {
        return new String(data, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "#" + sequence + " " + subject + " '" + text() + "' at " + timestamp;
    }
}

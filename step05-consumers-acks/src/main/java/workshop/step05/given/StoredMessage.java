package workshop.step05.given;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** A message as a stream keeps it: subject, payload, and the sequence and time the stream gave it (step 4). */
public record StoredMessage(long sequence, String subject, byte[] data, Instant timestamp) {

    /** The payload as UTF-8 text. */
    public String text() {
        return new String(data, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "#" + sequence + " " + subject + " '" + text() + "'";
    }
}

package workshop.step02.given;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A message in the in-process broker: the subject it was published on, an optional reply subject
 * ({@code null} when nobody expects an answer) and a payload of bytes.
 */
public record Message(String subject, String replyTo, byte[] payload) {

    public Message {
        Objects.requireNonNull(subject, "subject");
        payload = payload == null ? new byte[0] : payload.clone();
    }

    /** A message with a UTF-8 text payload and no reply subject. */
    public static Message of(String subject, String text) {
        return new Message(subject, null, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The payload read as UTF-8 text. */
    public String text() {
        return new String(payload, StandardCharsets.UTF_8);
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    @Override
    public String toString() {
        return "Message[" + subject + (replyTo == null ? "" : " reply " + replyTo) + ": '" + text() + "']";
    }
}

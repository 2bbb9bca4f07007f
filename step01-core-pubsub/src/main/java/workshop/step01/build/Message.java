package workshop.step01.build;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A message as the in-process broker carries it, and as NATS does: a subject, an optional reply
 * subject, optional headers, and a payload of bytes the broker never looks into.
 *
 * @param subject the subject it was published to; never a wildcard
 * @param replyTo where an answer should go, or {@code null} when none is expected
 * @param headers header names to their values, possibly empty, never null
 * @param payload the body, possibly empty, never null
 */
public record Message(String subject, String replyTo, Map<String, List<String>> headers, byte[] payload) {

    public Message {
        Objects.requireNonNull(subject, "subject");
        headers = Map.copyOf(headers == null ? Map.of() : headers);
        payload = payload == null ? new byte[0] : payload.clone();
    }

    /** A message with no reply subject and no headers. */
    public static Message of(String subject, byte[] payload) {
        return new Message(subject, null, Map.of(), payload);
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }
}

package workshop.step03.given;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A message in the in-process broker: a subject, an optional reply subject ({@code null} when nobody
 * expects an answer), headers, and a payload of bytes.
 *
 * <p>A <em>status message</em> is one the broker itself sends, as nats-server does: no payload and a
 * {@value #STATUS} header with a code, e.g. {@code 503} for "no responders".
 */
public record Message(String subject, String replyTo, Map<String, String> headers, byte[] payload) {

    /** The header that carries a status code in a status message. */
    public static final String STATUS = "Status";
    /** The header that says what a status code means. */
    public static final String DESCRIPTION = "Description";
    /** The status of the answer to a request that reached no subscriber at all. */
    public static final int NO_RESPONDERS = 503;

    public Message {
        Objects.requireNonNull(subject, "subject");
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        payload = payload == null ? new byte[0] : payload.clone();
    }

    /** A message with a UTF-8 text payload, no headers and no reply subject. */
    public static Message of(String subject, String text) {
        return new Message(subject, null, Map.of(), text.getBytes(StandardCharsets.UTF_8));
    }

    /** A request: a message with a UTF-8 text payload and the subject its answer should go to. */
    public static Message request(String subject, String replyTo, String text) {
        return new Message(subject, replyTo, Map.of(), text.getBytes(StandardCharsets.UTF_8));
    }

    /** The status message the broker sends to {@code replyTo} when a request reached nobody. */
    public static Message noResponders(String replyTo) {
        return new Message(
                replyTo, null, Map.of(STATUS, String.valueOf(NO_RESPONDERS), DESCRIPTION, "No Responders"), null);
    }

    /** The status code of a status message; empty for an ordinary message. */
    public OptionalInt status() {
        String status = headers.get(STATUS);
        return status == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(status));
    }

    /** Whether this is the broker's answer to a request that nobody received. */
    public boolean isNoResponders() {
        return status().orElse(0) == NO_RESPONDERS;
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
        return "Message[" + subject + (replyTo == null ? "" : " reply " + replyTo)
                + (headers.isEmpty() ? "" : " " + headers) + ": '" + text() + "']";
    }
}

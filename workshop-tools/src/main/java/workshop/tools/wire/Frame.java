package workshop.tools.wire;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * One frame of the NATS client protocol: a control line ({@code PUB orders.new 5}) and, for PUB,
 * HPUB, MSG and HMSG, the header block and the payload that follow it.
 *
 * @param op          the operation, upper case: {@code CONNECT}, {@code PUB}, {@code MSG}, {@code +OK}…
 * @param arguments   the control line after the operation, as sent
 * @param headers     the header block ({@code NATS/1.0…}) of HPUB and HMSG; empty otherwise
 * @param payload     the message's payload; empty for frames without one
 */
public record Frame(String op, String arguments, byte[] headers, byte[] payload) {

    /** A frame without a message body. */
    public Frame(String op, String arguments) {
        this(op, arguments, new byte[0], new byte[0]);
    }

    /** The control line's arguments, split on runs of spaces and tabs. */
    public List<String> fields() {
        String trimmed = arguments.strip();
        return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("[ \\t]+"));
    }

    /** The subject of a PUB, HPUB, MSG or HMSG; empty for other frames. */
    public String subject() {
        return carriesMessage() && !fields().isEmpty() ? fields().getFirst() : "";
    }

    /** The reply subject of a PUB, HPUB, MSG or HMSG; empty when there is none. */
    public String replyTo() {
        List<String> fields = fields();
        int sizes = op.startsWith("H") ? 2 : 1;
        int before = op.endsWith("MSG") ? 2 : 1; // MSG has the subscription id after the subject
        return carriesMessage() && fields.size() == before + 1 + sizes ? fields.get(before) : "";
    }

    /** The subscription id of a MSG or HMSG. */
    public String sid() {
        return op.endsWith("MSG") && fields().size() > 1 ? fields().get(1) : "";
    }

    public boolean carriesMessage() {
        return op.equals("PUB") || op.equals("HPUB") || op.equals("MSG") || op.equals("HMSG");
    }

    public String payloadText() {
        return new String(payload, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Frame f
                && op.equals(f.op)
                && arguments.equals(f.arguments)
                && Arrays.equals(headers, f.headers)
                && Arrays.equals(payload, f.payload);
    }

    @Override
    public int hashCode() {
        return op.hashCode() * 31 + arguments.hashCode();
    }

    @Override
    public String toString() {
        return op
                + (arguments.isEmpty() ? "" : " " + arguments)
                + (carriesMessage() ? " [" + headers.length + " B headers, " + payload.length + " B payload]" : "");
    }
}

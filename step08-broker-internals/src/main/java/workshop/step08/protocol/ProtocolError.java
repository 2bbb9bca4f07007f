package workshop.step08.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The errors a NATS server reports, with the exact text nats-server sends in its {@code -ERR '…'}
 * line (the same from 2.9.10 to 2.15.1) and whether the connection is closed afterwards. Some errors close the
 * connection without any {@code -ERR} at all (nats-server does that for malformed arguments):
 * their {@link #wireText()} is empty.
 */
public enum ProtocolError {
    UNKNOWN_OPERATION("Unknown Protocol Operation", true),
    MAXIMUM_PAYLOAD("Maximum Payload Violation", true),
    MAXIMUM_CONTROL_LINE("maximum control line exceeded", true),
    MALFORMED_ARGUMENTS(null, true),
    INVALID_SUBJECT("Invalid Subject", false),
    INVALID_PUBLISH_SUBJECT("Invalid Publish Subject", false),
    AUTHORIZATION_VIOLATION("Authorization Violation", true),
    NO_RESPONDERS_REQUIRES_HEADERS("no responders requires headers support", true);

    private final Optional<String> wireText;
    private final boolean closesConnection;

    ProtocolError(String wireText, boolean closesConnection) {
        this.wireText = Optional.ofNullable(wireText);
        this.closesConnection = closesConnection;
    }

    /** The text between the quotes of {@code -ERR '…'}; empty when nothing is sent. */
    public Optional<String> wireText() {
        return wireText;
    }

    /**
     * Whether nats-server closes the connection after this error. Those are thrown as a
     * {@link ProtocolViolation}; the others are sent and parsing goes on.
     */
    public boolean closesConnection() {
        return closesConnection;
    }

    /** The whole line as it goes on the wire, e.g. {@code -ERR 'Invalid Subject'\r\n}; empty when nothing is sent. */
    public Optional<byte[]> line() {
        return wireText.map(text -> ("-ERR '" + text + "'\r\n").getBytes(StandardCharsets.ISO_8859_1));
    }
}

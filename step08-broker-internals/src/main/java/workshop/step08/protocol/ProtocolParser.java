package workshop.step08.protocol;

import java.nio.charset.StandardCharsets;

/**
 * Reads the client side of the NATS protocol one byte at a time, whatever way the bytes are split
 * across reads: a read may end in the middle of an operation name, an argument, a payload or its
 * closing {@code \r\n}, and the parser simply continues in the same state with the next read.
 * Every complete operation goes to the {@link ProtocolHandler}.
 *
 * <pre>
 *  OP_START --letter--> OP_NAME --space/tab--> ARGUMENTS --\r--> CONTROL_LINE_END --\n--> (dispatch)
 *                          |  \r or \n            |  \n ----------------------------------^
 *                          +----------------------+
 *  (dispatch PUB/HPUB) --> PAYLOAD --size bytes--> PAYLOAD_CR --\r--> PAYLOAD_LF --\n--> OP_START
 *  (dispatch others)   --> OP_START
 * </pre>
 *
 * Limits protect the server: a control line longer than {@code maxControlLine} bytes or a payload
 * larger than {@code maxPayload} is a {@link ProtocolViolation} before the rest arrives, so a
 * client can never make the parser buffer more than those sizes. One parser per connection;
 * not thread-safe.
 */
public final class ProtocolParser {

    /** Where the parser is between two bytes. */
    public enum State {
        /** Expecting the first letter of an operation. */
        OP_START,
        /** Reading the letters of the operation name. */
        OP_NAME,
        /** Reading the control line's arguments up to {@code \r\n}. */
        ARGUMENTS,
        /** Saw the {@code \r} that ends a control line; expecting {@code \n}. */
        CONTROL_LINE_END,
        /** Reading the payload of a PUB or HPUB. */
        PAYLOAD,
        /** Expecting the {@code \r} after a payload. */
        PAYLOAD_CR,
        /** Expecting the {@code \n} after a payload. */
        PAYLOAD_LF
    }

    public static final int DEFAULT_MAX_CONTROL_LINE = 4096;
    public static final int DEFAULT_MAX_PAYLOAD = 1024 * 1024;

    private final ProtocolHandler handler;
    private final int maxControlLine;
    private final int maxPayload;

    private State state = State.OP_START;
    private final byte[] opName = new byte[OpCode.LONGEST_NAME];
    private int opNameLength;
    private OpCode op;
    /** The arguments of the control line being read. */
    private final byte[] arguments;
    private int argumentsLength;
    /** The PUB/HPUB whose payload is being read. */
    private PubArgs pending;
    /** Payload bytes of {@link #pending} gathered across reads (when a payload is split). */
    private byte[] payload = new byte[0];
    private int payloadLength;

    public ProtocolParser(ProtocolHandler handler) {
        this(handler, DEFAULT_MAX_CONTROL_LINE, DEFAULT_MAX_PAYLOAD);
    }

    public ProtocolParser(ProtocolHandler handler, int maxControlLine, int maxPayload) {
        this.handler = handler;
        this.maxControlLine = maxControlLine;
        this.maxPayload = maxPayload;
        this.arguments = new byte[maxControlLine];
    }

    public State state() {
        return state;
    }

    /**
     * Feeds the next bytes the client sent. Calls the handler for each operation completed by these
     * bytes and remembers partial input for the next call.
     *
     * @throws ProtocolViolation on input no NATS client would send; the connection must be closed
     */
    public void parse(byte[] buffer, int offset, int length) {
        // TODO Exercise 8.2: Walk the bytes through the named states; dispatch each complete operation; enforce both limits.
        throw new UnsupportedOperationException("Exercise 8.2 is not solved yet: Parse the protocol one byte at a time. Read step08-broker-internals/README.md#82-parse-the-protocol-one-byte-at-a-time");
    }

    /** A whole control line has been read: hand it to the handler, or start reading a payload. */
    private void dispatchControlLine() {
        // TODO Exercise 8.2: PUB/HPUB go on to PAYLOAD (reject payloads over the limit); every other operation goes to the handler.
        throw new UnsupportedOperationException("Exercise 8.2 is not solved yet: Parse the protocol one byte at a time. Read step08-broker-internals/README.md#82-parse-the-protocol-one-byte-at-a-time");
    }

    private String text() {
        return new String(arguments, 0, argumentsLength, StandardCharsets.UTF_8).strip();
    }

    private static boolean isLetter(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
    }

    private ProtocolViolation unknownOperation() {
        return new ProtocolViolation(ProtocolError.UNKNOWN_OPERATION, "unexpected input in state " + state);
    }
}

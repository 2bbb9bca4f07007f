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
 * Each state has one small method that reads what that state expects and names the next state,
 * as nats-server's {@code parser.go} does with its {@code switch c.state}. {@link #parse} only walks
 * the bytes and calls the method of the current state.
 *
 * <p>Limits protect the server: a control line longer than {@code maxControlLine} bytes or a payload
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
    /** The letters of the operation name read so far. */
    private final byte[] opName = new byte[OpCode.LONGEST_NAME];

    private int opNameLength;
    /** The operation of the control line being read, known once its name ended. */
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
        int end = offset + length;
        int i = offset;
        while (i < end) {
            if (state == State.PAYLOAD) {
                i = readPayload(buffer, i, end); // a payload is read in bulk, not byte by byte
                continue;
            }
            byte b = buffer[i++];
            switch (state) {
                case OP_START -> readOpStart(b);
                case OP_NAME -> readOpName(b);
                case ARGUMENTS -> readArguments(b);
                case CONTROL_LINE_END -> readControlLineEnd(b);
                case PAYLOAD_CR -> readPayloadCr(b);
                case PAYLOAD_LF -> readPayloadLf(b);
                case PAYLOAD -> throw new IllegalStateException("PAYLOAD is read by readPayload");
            }
        }
    }

    /** OP_START: the first letter of an operation name; anything else is an unknown operation. */
    private void readOpStart(byte b) {
        // TODO Exercise 8.2: A letter starts the operation name (remember it, go to OP_NAME); anything else is an
        // unknown operation.
        throw new UnsupportedOperationException("Exercise 8.2 is not solved yet: Parse the protocol one byte at a time. Read step08-broker-internals/README.md#82-parse-the-protocol-one-byte-at-a-time");
    }

    /** OP_NAME: more letters, until a space, a tab or the end of the line says which operation it is. */
    private void readOpName(byte b) {
        // TODO Exercise 8.2: Append letters (at most OpCode.LONGEST_NAME); a space, tab, \r or \n ends the name: look
        // it up, then go on as the separator says.
        throw new UnsupportedOperationException("Exercise 8.2 is not solved yet: Parse the protocol one byte at a time. Read step08-broker-internals/README.md#82-parse-the-protocol-one-byte-at-a-time");
    }

    /** ARGUMENTS: everything up to the end of the line, within {@code maxControlLine}. */
    private void readArguments(byte b) {
        // TODO Exercise 8.2: \r goes to CONTROL_LINE_END, \n dispatches at once; any other byte is kept, but never
        // more than maxControlLine of them.
        throw new UnsupportedOperationException("Exercise 8.2 is not solved yet: Parse the protocol one byte at a time. Read step08-broker-internals/README.md#82-parse-the-protocol-one-byte-at-a-time");
    }

    /** CONTROL_LINE_END: the {@code \n} after a control line's {@code \r}. */
    private void readControlLineEnd(byte b) {
        // TODO Exercise 8.2: Only \n may follow the \r: then the line is complete.
        throw new UnsupportedOperationException("Exercise 8.2 is not solved yet: Parse the protocol one byte at a time. Read step08-broker-internals/README.md#82-parse-the-protocol-one-byte-at-a-time");
    }

    /** A whole control line has been read: hand it to the handler, or start reading a payload. */
    private void dispatchControlLine() {
        state = State.OP_START;
        switch (op) {
            case PUB -> startPayload(ControlLine.pub(arguments, 0, argumentsLength));
            case HPUB -> startPayload(ControlLine.hpub(arguments, 0, argumentsLength));
            case SUB -> handler.subscribe(ControlLine.sub(arguments, 0, argumentsLength));
            case UNSUB -> handler.unsubscribe(ControlLine.unsub(arguments, 0, argumentsLength));
            case PING -> handler.ping();
            case PONG -> handler.pong();
            case CONNECT -> handler.connect(text());
            case INFO -> handler.info(text());
        }
    }

    /** PUB or HPUB: check the announced size, make room for the payload, and read it next. */
    private void startPayload(PubArgs args) {
        // TODO Exercise 8.2: Reject a size over maxPayload before any payload byte arrives; remember args; make the
        // payload array large enough; go to PAYLOAD (PAYLOAD_CR for an empty payload).
        throw new UnsupportedOperationException("Exercise 8.2 is not solved yet: Parse the protocol one byte at a time. Read step08-broker-internals/README.md#82-parse-the-protocol-one-byte-at-a-time");
    }

    /**
     * PAYLOAD: as many payload bytes as this read has, up to the announced size.
     *
     * @return the index of the first byte not consumed
     */
    private int readPayload(byte[] buffer, int from, int end) {
        // TODO Exercise 8.2: When the whole payload and its \r\n are in this buffer, publish a slice of it and skip
        // past them; otherwise copy what is here into the payload array, and go to PAYLOAD_CR once it is complete.
        throw new UnsupportedOperationException("Exercise 8.2 is not solved yet: Parse the protocol one byte at a time. Read step08-broker-internals/README.md#82-parse-the-protocol-one-byte-at-a-time");
    }

    /** PAYLOAD_CR: the {@code \r} after a payload gathered across reads. */
    private void readPayloadCr(byte b) {
        // TODO Exercise 8.2: Only \r may follow the payload.
        throw new UnsupportedOperationException("Exercise 8.2 is not solved yet: Parse the protocol one byte at a time. Read step08-broker-internals/README.md#82-parse-the-protocol-one-byte-at-a-time");
    }

    /** PAYLOAD_LF: the {@code \n} that completes a PUB or HPUB gathered across reads. */
    private void readPayloadLf(byte b) {
        // TODO Exercise 8.2: Only \n may follow the \r; then publish the gathered payload and start over.
        throw new UnsupportedOperationException("Exercise 8.2 is not solved yet: Parse the protocol one byte at a time. Read step08-broker-internals/README.md#82-parse-the-protocol-one-byte-at-a-time");
    }

    /** Hands {@link #pending} to the handler with its payload at {@code bytes[offset..]}. */
    private void publishPending(byte[] bytes, int offset) {
        PubArgs args = pending;
        pending = null;
        handler.publish(args, bytes, offset);
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

package workshop.step08.protocol;

/**
 * Reads the arguments of one control line, the part after the operation name and before
 * {@code \r\n}. Fields are separated by any run of spaces and tabs; leading and trailing
 * separators are ignored. Anything that does not fit the operation is a
 * {@link ProtocolError#MALFORMED_ARGUMENTS} violation, the way nats-server closes the
 * connection on {@code PUB foo} (no size) or {@code PUB foo abc}.
 */
public final class ControlLine {

    private ControlLine() {}

    /**
     * The fields of {@code line[offset .. offset + length)}, e.g. {@code " foo\t bar 5"} → {@code [foo, bar, 5]}.
     * Bytes become chars one to one (ISO-8859-1), so a subject goes back on the wire unchanged.
     */
    public static String[] fields(byte[] line, int offset, int length) {
        // TODO Exercise 8.1: Split on runs of spaces and tabs; ignore separators at both ends.
        throw new UnsupportedOperationException("Exercise 8.1 is not solved yet: Read a control line's arguments. Read step08-broker-internals/README.md#81-read-a-control-lines-arguments");
    }

    /** {@code PUB <subject> [reply] <size>}. */
    public static PubArgs pub(byte[] line, int offset, int length) {
        // TODO Exercise 8.1: Two fields (subject, size) or three (subject, reply, size).
        throw new UnsupportedOperationException("Exercise 8.1 is not solved yet: Read a control line's arguments. Read step08-broker-internals/README.md#81-read-a-control-lines-arguments");
    }

    /** {@code HPUB <subject> [reply] <header size> <total size>}; the headers cannot be larger than the total. */
    public static PubArgs hpub(byte[] line, int offset, int length) {
        // TODO Exercise 8.1: Three or four fields; reject a header size larger than the total size.
        throw new UnsupportedOperationException("Exercise 8.1 is not solved yet: Read a control line's arguments. Read step08-broker-internals/README.md#81-read-a-control-lines-arguments");
    }

    /** {@code SUB <subject> [queue group] <sid>}: the subject is the subscription's filter. */
    public static SubArgs sub(byte[] line, int offset, int length) {
        // TODO Exercise 8.1: Two fields (subject, sid) or three (subject, queue group, sid).
        throw new UnsupportedOperationException("Exercise 8.1 is not solved yet: Read a control line's arguments. Read step08-broker-internals/README.md#81-read-a-control-lines-arguments");
    }

    /** {@code UNSUB <sid> [max]}. */
    public static UnsubArgs unsub(byte[] line, int offset, int length) {
        // TODO Exercise 8.1: One field (sid) or two (sid, max); no max means 0.
        throw new UnsupportedOperationException("Exercise 8.1 is not solved yet: Read a control line's arguments. Read step08-broker-internals/README.md#81-read-a-control-lines-arguments");
    }

    /** A size or count: decimal digits only, at most {@link Integer#MAX_VALUE}. */
    public static int size(String field) {
        // TODO Exercise 8.1: Accept only decimal digits (no sign, no spaces) and reject values past Integer.MAX_VALUE.
        throw new UnsupportedOperationException("Exercise 8.1 is not solved yet: Read a control line's arguments. Read step08-broker-internals/README.md#81-read-a-control-lines-arguments");
    }

    private static boolean isSeparator(byte b) {
        return b == ' ' || b == '\t';
    }

    private static ProtocolViolation malformed(String operation, String[] fields) {
        return new ProtocolViolation(
                ProtocolError.MALFORMED_ARGUMENTS,
                operation + " with " + fields.length + " argument(s): " + String.join(" ", fields));
    }
}

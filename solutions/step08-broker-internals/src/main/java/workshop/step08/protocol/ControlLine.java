package workshop.step08.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

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
        // EXERCISE 8.1 BEGIN: Split on runs of spaces and tabs; ignore separators at both ends.
        String[] fields = new String[4];
        int count = 0;
        int end = offset + length;
        int i = offset;
        while (i < end) {
            while (i < end && isSeparator(line[i])) {
                i++;
            }
            int start = i;
            while (i < end && !isSeparator(line[i])) {
                i++;
            }
            if (i > start) {
                if (count == fields.length) {
                    fields = Arrays.copyOf(fields, count * 2);
                }
                fields[count++] = new String(line, start, i - start, StandardCharsets.ISO_8859_1);
            }
        }
        return count == fields.length ? fields : Arrays.copyOf(fields, count);
        // EXERCISE 8.1 END
    }

    /** {@code PUB <subject> [reply] <size>}. */
    public static PubArgs pub(byte[] line, int offset, int length) {
        // EXERCISE 8.1 BEGIN: Two fields (subject, size) or three (subject, reply, size).
        String[] f = fields(line, offset, length);
        return switch (f.length) {
            case 2 -> PubArgs.withoutHeaders(f[0], Optional.empty(), size(f[1]));
            case 3 -> PubArgs.withoutHeaders(f[0], Optional.of(f[1]), size(f[2]));
            default -> throw malformed("PUB", f);
        };
        // EXERCISE 8.1 END
    }

    /** {@code HPUB <subject> [reply] <header size> <total size>}; the headers cannot be larger than the total. */
    public static PubArgs hpub(byte[] line, int offset, int length) {
        // EXERCISE 8.1 BEGIN: Three or four fields; reject a header size larger than the total size.
        String[] f = fields(line, offset, length);
        PubArgs args = switch (f.length) {
            case 3 -> PubArgs.withHeaders(f[0], Optional.empty(), size(f[1]), size(f[2]));
            case 4 -> PubArgs.withHeaders(f[0], Optional.of(f[1]), size(f[2]), size(f[3]));
            default -> throw malformed("HPUB", f);
        };
        if (args.headerSize().getAsInt() > args.totalSize()) {
            throw malformed("HPUB", f);
        }
        return args;
        // EXERCISE 8.1 END
    }

    /** {@code SUB <subject> [queue group] <sid>}: the subject is the subscription's filter. */
    public static SubArgs sub(byte[] line, int offset, int length) {
        // EXERCISE 8.1 BEGIN: Two fields (subject, sid) or three (subject, queue group, sid).
        String[] f = fields(line, offset, length);
        return switch (f.length) {
            case 2 -> new SubArgs(f[0], Optional.empty(), f[1]);
            case 3 -> new SubArgs(f[0], Optional.of(f[1]), f[2]);
            default -> throw malformed("SUB", f);
        };
        // EXERCISE 8.1 END
    }

    /** {@code UNSUB <sid> [max]}. */
    public static UnsubArgs unsub(byte[] line, int offset, int length) {
        // EXERCISE 8.1 BEGIN: One field (sid) or two (sid, max); no max means 0.
        String[] f = fields(line, offset, length);
        return switch (f.length) {
            case 1 -> new UnsubArgs(f[0], 0);
            case 2 -> new UnsubArgs(f[0], size(f[1]));
            default -> throw malformed("UNSUB", f);
        };
        // EXERCISE 8.1 END
    }

    /** A size or count: decimal digits only, at most {@link Integer#MAX_VALUE}. */
    public static int size(String field) {
        // EXERCISE 8.1 BEGIN: Accept only decimal digits (no sign, no spaces) and reject values past Integer.MAX_VALUE.
        if (field.isEmpty() || field.length() > 10) {
            throw new ProtocolViolation(ProtocolError.MALFORMED_ARGUMENTS, "bad size '" + field + "'");
        }
        long value = 0;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c < '0' || c > '9') {
                throw new ProtocolViolation(ProtocolError.MALFORMED_ARGUMENTS, "bad size '" + field + "'");
            }
            value = value * 10 + (c - '0');
        }
        if (value > Integer.MAX_VALUE) {
            throw new ProtocolViolation(ProtocolError.MALFORMED_ARGUMENTS, "size too large '" + field + "'");
        }
        return (int) value;
        // EXERCISE 8.1 END
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

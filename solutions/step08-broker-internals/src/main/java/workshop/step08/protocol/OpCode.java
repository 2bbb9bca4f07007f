package workshop.step08.protocol;

import java.util.Optional;

/** The operations a client may send to a server. Names are matched in any case ({@code ping}, {@code Ping}). */
public enum OpCode {
    INFO,
    CONNECT,
    PUB,
    HPUB,
    SUB,
    UNSUB,
    PING,
    PONG;

    /** The longest operation name, in bytes: a longer name is unknown without reading further. */
    public static final int LONGEST_NAME = 7;

    private static final OpCode[] ALL = values();

    /**
     * The operation whose name is {@code name[0..length)} in any case; empty when there is none.
     * Compares bytes directly so that no String is made per operation.
     */
    public static Optional<OpCode> byName(byte[] name, int length) {
        for (OpCode op : ALL) {
            String candidate = op.name();
            if (candidate.length() != length) {
                continue;
            }
            boolean same = true;
            for (int i = 0; i < length && same; i++) {
                same = (name[i] & 0xDF) == candidate.charAt(i); // & 0xDF upper-cases ASCII letters
            }
            if (same) {
                return Optional.of(op);
            }
        }
        return Optional.empty();
    }
}

package workshop.step06.given;

/**
 * The stream refused an append because the subject's last sequence was not the one expected: the
 * in-memory twin of JetStream's API error 10071 ("wrong last sequence").
 */
public final class WrongLastSequenceException extends RuntimeException {

    private final long expected;
    private final long actual;

    public WrongLastSequenceException(String subject, long expected, long actual) {
        super("wrong last sequence on " + subject + ": expected " + expected + ", but it is " + actual);
        this.expected = expected;
        this.actual = actual;
    }

    public long expected() {
        return expected;
    }

    /** The subject's actual last sequence (0 when it has no message). */
    public long actual() {
        return actual;
    }
}

package workshop.step08.protocol;

/**
 * Thrown when a client breaks the protocol badly enough that its connection must be closed
 * ({@link ProtocolError#closesConnection()}). Errors that leave the connection open are sent as
 * a {@code -ERR} line instead of being thrown, so parsing goes on with the next operation.
 */
public final class ProtocolViolation extends RuntimeException {

    private final ProtocolError error;

    public ProtocolViolation(ProtocolError error, String detail) {
        super(error + error.wireText().map(text -> " ('" + text + "')").orElse("") + ": " + detail);
        this.error = error;
    }

    public ProtocolError error() {
        return error;
    }
}

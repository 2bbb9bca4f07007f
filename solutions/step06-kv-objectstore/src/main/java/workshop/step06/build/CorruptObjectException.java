package workshop.step06.build;

/** The reassembled bytes do not have the digest the object was stored with: a chunk is missing, extra, out of order or damaged. */
public final class CorruptObjectException extends RuntimeException {

    public CorruptObjectException(String message) {
        super(message);
    }
}

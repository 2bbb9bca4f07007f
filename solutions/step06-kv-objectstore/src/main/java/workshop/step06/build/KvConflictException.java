package workshop.step06.build;

/** A create or update lost: the key exists already, or it changed since the revision the writer expected. */
public final class KvConflictException extends RuntimeException {

    public KvConflictException(String message) {
        super(message);
    }
}

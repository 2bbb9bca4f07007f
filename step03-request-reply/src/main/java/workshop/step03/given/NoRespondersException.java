package workshop.step03.given;

/**
 * A request failed because no subscriber received it: the broker said so at once with a
 * {@code 503} status message, so there is no point waiting for the timeout.
 */
public final class NoRespondersException extends RuntimeException {

    public NoRespondersException(String subject) {
        super("No responders for a request on " + subject);
    }
}

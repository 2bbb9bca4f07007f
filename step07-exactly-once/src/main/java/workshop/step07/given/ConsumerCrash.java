package workshop.step07.given;

/**
 * Thrown by the tests' fault injection to stand for a consumer process dying on the spot: nothing
 * after the crash point runs, nothing is acknowledged. An {@link OrderWorker} that sees it stops
 * for good, as a dead process would.
 */
public final class ConsumerCrash extends RuntimeException {

    public ConsumerCrash(String where) {
        super("simulated crash: " + where);
    }
}

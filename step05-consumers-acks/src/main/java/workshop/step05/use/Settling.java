package workshop.step05.use;

import io.nats.client.Message;

/**
 * The five acknowledgements of JetStream, each a tiny message sent back on the delivered message's
 * reply subject: {@code +ACK}, {@code -NAK} (optionally with a delay), {@code +TERM}, {@code +WPI}
 * (work in progress).
 */
public final class Settling {

    private Settling() {}

    /** Sends the acknowledgement that matches the verdict. */
    public static void settle(Message message, Verdict verdict) {
        // TODO Exercise 5.9: One acknowledgement per kind of verdict: ack, nak, nakWithDelay, term, inProgress.
        throw new UnsupportedOperationException("Exercise 5.9 is not solved yet: Ack, nak, term, in progress. Read step05-consumers-acks/README.md#59-ack-nak-term-in-progress");
    }
}

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
        // EXERCISE 5.9 BEGIN: One acknowledgement per kind of verdict: ack, nak, nakWithDelay, term, inProgress.
        switch (verdict) {
            case Verdict.Done done -> message.ack();
            case Verdict.Retry retry -> message.nak();
            case Verdict.RetryAfter later -> message.nakWithDelay(later.delay());
            case Verdict.GiveUp giveUp -> message.term();
            case Verdict.StillWorking working -> message.inProgress();
        }
        // EXERCISE 5.9 END
    }
}

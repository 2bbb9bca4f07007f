package workshop.step05.use;

import java.time.Duration;

/** What the application decided about one message. {@link Settling} turns it into the matching acknowledgement. */
public sealed interface Verdict {

    /** Processed: never deliver it again. (ack) */
    record Done() implements Verdict {}

    /** Failed for now: deliver it again right away. (nak) */
    record Retry() implements Verdict {}

    /** Failed for now: deliver it again, but not before the delay. (nak with delay) */
    record RetryAfter(Duration delay) implements Verdict {}

    /** Will never succeed (bad data): never deliver it again. (term) */
    record GiveUp() implements Verdict {}

    /** Still working on it: reset the AckWait. (in progress) */
    record StillWorking() implements Verdict {}

    static Verdict done() {
        return new Done();
    }

    static Verdict retry() {
        return new Retry();
    }

    static Verdict retryAfter(Duration delay) {
        return new RetryAfter(delay);
    }

    static Verdict giveUp() {
        return new GiveUp();
    }

    static Verdict stillWorking() {
        return new StillWorking();
    }
}

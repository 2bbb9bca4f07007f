package workshop.step07.build;

/** What a versioned handler did with an event, and so whether the message may be acknowledged. */
public enum Outcome {
    /** The next version: applied. Acknowledge. */
    APPLIED(true),
    /** A version already applied (a redelivery or a duplicate): ignored. Acknowledge, or it comes back forever. */
    ALREADY_APPLIED(true),
    /** A version after a gap: the one before it has not been applied yet. Do not acknowledge, so it is redelivered later. */
    TOO_EARLY(false);

    private final boolean acknowledge;

    Outcome(boolean acknowledge) {
        this.acknowledge = acknowledge;
    }

    public boolean acknowledge() {
        return acknowledge;
    }
}

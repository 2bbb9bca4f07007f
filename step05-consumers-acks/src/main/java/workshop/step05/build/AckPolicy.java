package workshop.step05.build;

/** What a consumer expects back for each message it delivers. */
public enum AckPolicy {
    /** No acks: a delivered message counts as done (fire hose, at most once). */
    NONE,
    /** Acking message n acknowledges every earlier pending one too (cumulative, like a Kafka offset). */
    ALL,
    /** Every message is acknowledged on its own (the default and the usual choice). */
    EXPLICIT
}

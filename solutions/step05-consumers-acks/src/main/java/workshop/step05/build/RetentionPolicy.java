package workshop.step05.build;

/** When a stream removes a message (besides its limits, which always apply). */
public enum RetentionPolicy {
    /** Only limits remove messages: consumers read, the stream keeps (the default). */
    LIMITS,
    /** A message is removed as soon as one consumer acknowledges it: each message is processed once. */
    WORK_QUEUE,
    /** A message is removed when every consumer that exists has acknowledged it; with no consumer, it is not kept at all. */
    INTEREST
}

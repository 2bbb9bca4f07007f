package workshop.step05.build;

/** Where a new consumer starts reading its stream. */
public enum DeliverPolicy {
    /** From the first message still stored: "deliver all available", the default. */
    ALL,
    /** Only messages published after the consumer was created. */
    NEW,
    /** From the newest message matching the filter, then everything after it. */
    LAST,
    /** From a given sequence number on. */
    BY_START_SEQUENCE,
    /** From the first message stored at or after a given time. */
    BY_START_TIME
}

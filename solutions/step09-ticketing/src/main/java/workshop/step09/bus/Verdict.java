package workshop.step09.bus;

/** What a listener decided about one event. An exception is the third answer: it failed. */
public enum Verdict {
    /** Handled: acknowledge it, never deliver it again. */
    DONE,
    /**
     * Not yet: it came before an event it depends on (version 3 before version 2). Leave it
     * unacknowledged, to come again after the one it waits for.
     */
    NOT_YET
}

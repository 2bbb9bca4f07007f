package workshop.step03.use;

/** How a request ended, as a connection with advanced request behaviour can tell. */
public enum RequestOutcome {
    /** A responder replied. */
    ANSWERED,
    /** Nobody was subscribed: the server said so at once with a 503 status. */
    NO_RESPONDERS,
    /** Somebody may have received it, but no reply came in time. */
    TIMED_OUT,
    /** Anything else: the connection closed, the request was cancelled, the server sent an error. */
    FAILED
}

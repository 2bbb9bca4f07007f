package workshop.step04.use;

/** What became of one JetStream publish: stored under a sequence, or rejected with the server's error. */
public sealed interface PublishOutcome {

    /** The stream stored the message. */
    record Stored(String stream, long sequence) implements PublishOutcome {}

    /** The stream refused the message; {@code code} is the JetStream API error code, e.g. 10077. */
    record Rejected(int code, String description) implements PublishOutcome {}
}

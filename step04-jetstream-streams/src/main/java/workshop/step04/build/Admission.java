package workshop.step04.build;

/**
 * The checks a stream makes before it stores a message, in the order nats-server makes them.
 * Passing means "store it"; limits that make room by dropping old messages are {@link Retention}'s
 * business and never reject anything.
 */
public final class Admission {

    private Admission() {}

    /**
     * Lets the message in, or throws why not:
     * <ol>
     *   <li>none of the stream's subjects matches: {@link PublishRejected#notCaptured(String)};</li>
     *   <li>the payload is larger than {@code maxMsgSize}: {@link PublishRejected#messageTooLarge()};</li>
     *   <li>with {@link Discard#NEW}, storing it would go over {@code maxMsgs}
     *       ({@link PublishRejected#maximumMessagesExceeded()}) or {@code maxBytes}
     *       ({@link PublishRejected#maximumBytesExceeded()}).</li>
     * </ol>
     * With {@link Discard#OLD} a full stream accepts everything: it makes room afterwards.
     *
     * @param state the stream as it is now, before this message
     * @throws PublishRejected when the message must not be stored
     */
    public static void check(StreamConfig config, StreamState state, String subject, byte[] data) {
        // TODO Exercise 4.2: Reject an uncaptured subject, an oversized payload, and (discard new only) a message that
        // would overfill the stream.
        throw new UnsupportedOperationException("Exercise 4.2 is not solved yet: Accept or reject a message. Read step04-jetstream-streams/README.md#42-accept-or-reject-a-message");
    }
}

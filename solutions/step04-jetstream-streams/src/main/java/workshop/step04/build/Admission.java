package workshop.step04.build;

import workshop.given.Subjects;

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
        // EXERCISE 4.2 BEGIN: Reject an uncaptured subject, an oversized payload, and (discard new only) a message that
        // would overfill the stream.
        if (config.subjects().stream().noneMatch(filter -> Subjects.matches(filter, subject))) {
            throw PublishRejected.notCaptured(subject);
        }
        if (StreamConfig.isLimited(config.maxMsgSize()) && data.length > config.maxMsgSize()) {
            throw PublishRejected.messageTooLarge();
        }
        if (config.discard() == Discard.NEW) {
            if (StreamConfig.isLimited(config.maxMsgs()) && state.messages() + 1 > config.maxMsgs()) {
                throw PublishRejected.maximumMessagesExceeded();
            }
            if (StreamConfig.isLimited(config.maxBytes())
                    && state.bytes() + StoredMessage.sizeOf(subject, data) > config.maxBytes()) {
                throw PublishRejected.maximumBytesExceeded();
            }
        }
        // EXERCISE 4.2 END
    }
}

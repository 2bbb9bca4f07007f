package workshop.step07.use;

import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.PublishOptions;
import java.io.IOException;
import java.util.OptionalLong;

/**
 * Optimistic concurrency on an event stream: one subject per entity ({@code tickets.t-42}), and a
 * writer appends an event only if the subject's last sequence is still the one it read. If somebody
 * else appended in between, the server refuses (API error 10071, "wrong last sequence") and the
 * writer reloads and decides again, instead of overwriting a change it never saw.
 */
public final class OptimisticAppend {

    /** The server's error code for a failed {@code Nats-Expected-Last-Subject-Sequence} check. */
    public static final int WRONG_LAST_SEQUENCE = 10071;

    private OptimisticAppend() {}

    /**
     * Appends {@code event} to {@code subject} if the last message stored on that subject still has
     * sequence {@code expectedLastSequence} (0: the subject has no message yet).
     *
     * @return the new event's stream sequence, or empty when another writer appended first
     * @throws JetStreamApiException for any other refusal
     */
    public static OptionalLong appendIfUnchanged(
            JetStream jetStream, String subject, byte[] event, long expectedLastSequence)
            throws IOException, JetStreamApiException {
        // EXERCISE 7.4 BEGIN: Publish with an expected last subject sequence; turn error 10071 into empty.
        PublishOptions options = PublishOptions.builder()
                .expectedLastSubjectSequence(expectedLastSequence)
                .build();
        try {
            return OptionalLong.of(jetStream.publish(subject, event, options).getSeqno());
        } catch (JetStreamApiException refused) {
            if (refused.getApiErrorCode() == WRONG_LAST_SEQUENCE) {
                return OptionalLong.empty();
            }
            throw refused;
        }
        // EXERCISE 7.4 END
    }
}

package workshop.step07.use;

import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.PublishOptions;
import io.nats.client.api.PublishAck;
import java.io.IOException;

/**
 * Publishing so that a retry cannot make a second copy: the message carries a {@code Nats-Msg-Id}
 * header, and the stream stores an id only once within its duplicate window. A refused repeat is
 * still acknowledged, with {@code duplicate: true}, so the publisher knows its message is stored.
 */
public final class DedupPublisher {

    private DedupPublisher() {}

    /**
     * Publishes {@code data} to {@code subject} with the given message id and returns the stream's ack.
     *
     * @return the ack; {@link PublishAck#isDuplicate()} is true when the stream already had this id
     */
    public static PublishAck publishOnce(JetStream jetStream, String subject, String messageId, byte[] data)
            throws IOException, JetStreamApiException {
        // EXERCISE 7.3 BEGIN: Publish with the message id as Nats-Msg-Id and return the ack.
        PublishOptions options = PublishOptions.builder().messageId(messageId).build();
        return jetStream.publish(subject, data, options);
        // EXERCISE 7.3 END
    }
}

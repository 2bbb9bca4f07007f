package workshop.step07.use;

import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.MessageInfo;
import io.nats.client.api.PublishAck;
import io.nats.client.impl.Headers;
import io.nats.client.impl.NatsMessage;
import io.nats.client.support.JsonParser;
import io.nats.client.support.JsonValue;
import java.io.IOException;

/**
 * A counter the server adds up (nats-server 2.12 and newer, on a stream with
 * {@code allow_msg_counter}): a client publishes an empty message whose header {@code Nats-Incr}
 * is the amount ({@code 1}, {@code 5}, {@code -2}); the server adds it to the subject's last
 * value, stores the sum as the message's body ({@code {"val":"6"}}) and answers with it in the ack.
 * One round trip per increment, nothing to read first, nothing to retry.
 */
public final class ServerCounter {

    public static final String INCREMENT_HEADER = "Nats-Incr";
    private static final int NO_MESSAGE_FOUND = 10037;

    private ServerCounter() {}

    /**
     * Adds {@code amount} (negative to subtract) to the counter on {@code subject}.
     *
     * @return the counter's value after this increment, as the server computed it
     */
    public static long increment(JetStream jetStream, String subject, long amount)
            throws IOException, JetStreamApiException {
        // EXERCISE 7.10 BEGIN: Publish an empty message with the increment header; the ack's value is the new total.
        PublishAck ack = jetStream.publish(NatsMessage.builder()
                .subject(subject)
                .headers(new Headers().put(INCREMENT_HEADER, Long.toString(amount)))
                .build());
        if (ack.getVal() == null) {
            throw new IllegalStateException("The stream stored the increment as a plain message (sequence "
                    + ack.getSeqno() + "): it does not count, which takes allow_msg_counter and nats-server 2.12");
        }
        return Long.parseLong(ack.getVal());
        // EXERCISE 7.10 END
    }

    /** The counter's current value: the body of the subject's last message; 0 when nothing was counted yet. */
    public static long value(JetStreamManagement management, String stream, String subject)
            throws IOException, JetStreamApiException {
        // EXERCISE 7.10 BEGIN: Read the subject's last message and the "val" of its JSON body.
        MessageInfo last;
        try {
            last = management.getLastMessage(stream, subject);
        } catch (JetStreamApiException noMessage) {
            if (noMessage.getApiErrorCode() == NO_MESSAGE_FOUND) {
                return 0;
            }
            throw noMessage;
        }
        JsonValue body = JsonParser.parse(last.getData());
        return Long.parseLong(body.map.get("val").string);
        // EXERCISE 7.10 END
    }
}

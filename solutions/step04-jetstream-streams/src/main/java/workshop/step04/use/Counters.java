package workshop.step04.use;

import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.MessageInfo;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import io.nats.client.api.StreamInfo;
import io.nats.client.impl.Headers;
import io.nats.client.impl.NatsMessage;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import workshop.given.Json;

/**
 * Distributed counters (nats-server 2.12+): in a stream that allows message counters, every subject
 * is a counter. A publisher sends only the increment ({@code Nats-Incr: +5}, an empty payload); the
 * server adds it to the subject's current total, stores the new total ({@code {"val":"13"}}) and
 * returns it in the ack. Many publishers may count at once: no read-modify-write, no lost update.
 */
public final class Counters {

    /** The header that carries an increment. */
    public static final String INCREMENT = "Nats-Incr";

    private Counters() {}

    /** Creates a memory stream on the subjects in which every subject is a counter. */
    public static StreamInfo create(JetStreamManagement jsm, String stream, String subjects)
            throws IOException, JetStreamApiException {
        // EXERCISE 4.13 BEGIN: A memory stream that allows message counters.
        return jsm.addStream(StreamConfiguration.builder()
                .name(stream)
                .subjects(subjects)
                .storageType(StorageType.Memory)
                .allowMessageCounter()
                .build());
        // EXERCISE 4.13 END
    }

    /**
     * Adds {@code delta} (negative to subtract) to the counter on this subject and returns its new
     * total, as the server's ack reports it. Totals are not limited to 64 bits.
     */
    public static BigInteger add(JetStream jetStream, String counter, BigInteger delta)
            throws IOException, JetStreamApiException {
        // EXERCISE 4.13 BEGIN: Publish an empty message whose Nats-Incr header is the signed delta; the ack's value is
        // the total.
        String increment = delta.signum() < 0 ? delta.toString() : "+" + delta;
        var message = NatsMessage.builder()
                .subject(counter)
                .headers(new Headers().add(INCREMENT, increment))
                .build();
        return new BigInteger(jetStream.publish(message).getVal());
        // EXERCISE 4.13 END
    }

    /** The counter's total now, read from the newest message on its subject; zero when nothing was ever counted. */
    public static BigInteger current(JetStreamManagement jsm, String stream, String counter)
            throws IOException, JetStreamApiException {
        // EXERCISE 4.13 BEGIN: Read the last message of the subject and take "val" from its JSON payload; no message
        // means zero.
        MessageInfo last;
        try {
            last = jsm.getLastMessage(stream, counter);
        } catch (JetStreamApiException e) {
            if (e.getApiErrorCode() == LastValues.NO_MESSAGE_FOUND) {
                return BigInteger.ZERO;
            }
            throw e;
        }
        String payload = new String(last.getData(), StandardCharsets.UTF_8);
        if (!(Json.parseObject(payload).get("val") instanceof String total)) {
            throw new IllegalStateException("not a counter value: " + payload);
        }
        return new BigInteger(total);
        // EXERCISE 4.13 END
    }
}

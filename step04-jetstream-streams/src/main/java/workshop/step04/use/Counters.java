package workshop.step04.use;

import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.StreamInfo;
import java.io.IOException;
import java.math.BigInteger;

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
        // TODO Exercise 4.13: A memory stream that allows message counters.
        throw new UnsupportedOperationException("Exercise 4.13 is not solved yet: Count with Nats-Incr. Read step04-jetstream-streams/README.md#413-count-with-nats-incr");
    }

    /**
     * Adds {@code delta} (negative to subtract) to the counter on this subject and returns its new
     * total, as the server's ack reports it. Totals are not limited to 64 bits.
     */
    public static BigInteger add(JetStream jetStream, String counter, BigInteger delta)
            throws IOException, JetStreamApiException {
        // TODO Exercise 4.13: Publish an empty message whose Nats-Incr header is the signed delta; the ack's value is
        // the total.
        throw new UnsupportedOperationException("Exercise 4.13 is not solved yet: Count with Nats-Incr. Read step04-jetstream-streams/README.md#413-count-with-nats-incr");
    }

    /** The counter's total now, read from the newest message on its subject; zero when nothing was ever counted. */
    public static BigInteger current(JetStreamManagement jsm, String stream, String counter)
            throws IOException, JetStreamApiException {
        // TODO Exercise 4.13: Read the last message of the subject and take "val" from its JSON payload; no message
        // means zero.
        throw new UnsupportedOperationException("Exercise 4.13 is not solved yet: Count with Nats-Incr. Read step04-jetstream-streams/README.md#413-count-with-nats-incr");
    }
}

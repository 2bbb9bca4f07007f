package workshop.step05.use;

import io.nats.client.Connection;
import io.nats.client.Dispatcher;
import io.nats.client.Message;
import java.util.regex.Pattern;

/**
 * A dead-letter queue built from the server's advisories. JetStream does not move failed messages
 * anywhere: it leaves them in the stream and announces them, on
 * {@code $JS.EVENT.ADVISORY.CONSUMER.MAX_DELIVERIES.<stream>.<consumer>} (delivered MaxDeliver
 * times, never acked) and {@code $JS.EVENT.ADVISORY.CONSUMER.MSG_TERMINATED.<stream>.<consumer>}
 * (the application said term). Each advisory is JSON with the message's {@code stream_seq}; this
 * class fetches that message from the stream and republishes it to a dead-letter subject.
 */
public final class DeadLetterQueue {

    /** Header naming why the message is dead: {@code max_deliveries} or {@code terminated}. */
    public static final String REASON = "Dlq-Reason";
    /** Header with the subject the message was first published on. */
    public static final String ORIGINAL_SUBJECT = "Dlq-Original-Subject";
    /** Header with the message's sequence in its original stream. */
    public static final String ORIGINAL_SEQUENCE = "Dlq-Original-Sequence";

    /**
     * The one field of the advisory this class needs. nats-server writes advisories with Go's
     * {@code json.Marshal}: compact JSON, no spaces, so the field reads {@code "stream_seq":42}.
     */
    private static final Pattern STREAM_SEQ = Pattern.compile("\"stream_seq\":(\\d+)");

    private DeadLetterQueue() {}

    /**
     * Listens to both advisories for this stream and consumer and republishes every dead message,
     * with the three headers above, to {@code deadLetterSubject} (a JetStream publish, so it is
     * stored if a stream captures that subject).
     *
     * @return the dispatcher doing it; close it with {@code connection.closeDispatcher(dispatcher)}
     */
    public static Dispatcher start(Connection connection, String stream, String consumer, String deadLetterSubject) {
        // TODO Exercise 5.14: Subscribe a dispatcher to both advisory subjects; on each, move the message the advisory
        // names.
        throw new UnsupportedOperationException("Exercise 5.14 is not solved yet: Build a dead-letter queue from advisories. Read step05-consumers-acks/README.md#514-build-a-dead-letter-queue-from-advisories");
    }

    /**
     * Runs on the dispatcher's thread. A {@code MessageHandler} may not throw checked exceptions, and
     * an unchecked one would only reach the connection's {@code ErrorListener} (jnats logs it and
     * hands the dispatcher the next advisory): so this method catches what it can fail with and says so.
     */
    private static void moveToDeadLetters(
            Connection connection, String stream, Message advisory, String reason, String deadLetterSubject) {
        // TODO Exercise 5.14: Read stream_seq from the advisory's JSON, get that message, republish it with headers.
        throw new UnsupportedOperationException("Exercise 5.14 is not solved yet: Build a dead-letter queue from advisories. Read step05-consumers-acks/README.md#514-build-a-dead-letter-queue-from-advisories");
    }
}

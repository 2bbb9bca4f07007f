package workshop.step05.use;

import io.nats.client.Connection;
import io.nats.client.Dispatcher;
import io.nats.client.JetStreamApiException;
import io.nats.client.Message;
import io.nats.client.api.MessageInfo;
import io.nats.client.impl.Headers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
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
        // EXERCISE 5.14 BEGIN: Subscribe a dispatcher to both advisory subjects; on each, move the message the advisory
        // names.
        Dispatcher dispatcher = connection.createDispatcher();
        dispatcher.subscribe(
                "$JS.EVENT.ADVISORY.CONSUMER.MAX_DELIVERIES." + stream + "." + consumer,
                advisory -> moveToDeadLetters(connection, stream, advisory, "max_deliveries", deadLetterSubject));
        dispatcher.subscribe(
                "$JS.EVENT.ADVISORY.CONSUMER.MSG_TERMINATED." + stream + "." + consumer,
                advisory -> moveToDeadLetters(connection, stream, advisory, "terminated", deadLetterSubject));
        return dispatcher;
        // EXERCISE 5.14 END
    }

    /**
     * Runs on the dispatcher's thread. A {@code MessageHandler} may not throw checked exceptions, and
     * an unchecked one would only reach the connection's {@code ErrorListener} (jnats logs it and
     * hands the dispatcher the next advisory): so this method catches what it can fail with and says so.
     */
    private static void moveToDeadLetters(
            Connection connection, String stream, Message advisory, String reason, String deadLetterSubject) {
        // EXERCISE 5.14 BEGIN: Read stream_seq from the advisory's JSON, get that message, republish it with headers.
        String json = new String(advisory.getData(), StandardCharsets.UTF_8);
        Matcher field = STREAM_SEQ.matcher(json);
        if (!field.find()) {
            System.err.println("[dlq] an advisory without stream_seq, ignored: " + json);
            return;
        }
        long sequence = Long.parseLong(field.group(1));
        try {
            MessageInfo original = connection.jetStreamManagement().getMessage(stream, sequence);
            Headers headers = new Headers()
                    .put(REASON, reason)
                    .put(ORIGINAL_SUBJECT, original.getSubject())
                    .put(ORIGINAL_SEQUENCE, String.valueOf(sequence));
            connection.jetStream().publish(deadLetterSubject, headers, original.getData());
        } catch (IOException | JetStreamApiException e) {
            // The message may be gone (a limit removed it): nothing to move. Say so, do not kill the dispatcher.
            System.err.println(
                    "[dlq] could not move " + stream + " #" + sequence + " (" + reason + "): " + e.getMessage());
        }
        // EXERCISE 5.14 END
    }
}

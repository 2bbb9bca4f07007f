package workshop.step04.use;

import io.nats.client.Connection;
import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.api.PublishAck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * Two ways to get a message into a stream. A stream listens on its subjects like any subscriber,
 * so a plain core publish is stored too, but only a JetStream publish waits for the stream to say
 * "stored, as sequence n" (or why not).
 */
public final class Publishing {

    private Publishing() {}

    /**
     * Publishes through JetStream and waits for the publish ack.
     *
     * @return which stream stored it, under which sequence
     * @throws IOException           when no stream captures the subject (503 no responders) or no ack came
     * @throws JetStreamApiException when the stream refused the message (a limit, for example)
     */
    public static PublishAck publishWithAck(JetStream jetStream, String subject, String text)
            throws IOException, JetStreamApiException {
        // EXERCISE 4.7 BEGIN: Publish with the JetStream context; it returns the stream's ack.
        return jetStream.publish(subject, text.getBytes(StandardCharsets.UTF_8));
        // EXERCISE 4.7 END
    }

    /**
     * Publishes with core NATS: fire and forget, no ack. Flushes, so the message has reached the
     * server when this returns; whether a stream stored it, nobody tells the publisher.
     */
    public static void publishWithoutAck(Connection connection, String subject, String text)
            throws TimeoutException, InterruptedException {
        // EXERCISE 4.7 BEGIN: A plain core publish, then a flush.
        connection.publish(subject, text.getBytes(StandardCharsets.UTF_8));
        connection.flush(Duration.ofSeconds(2));
        // EXERCISE 4.7 END
    }
}

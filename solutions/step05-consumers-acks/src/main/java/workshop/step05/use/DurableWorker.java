package workshop.step05.use;

import io.nats.client.Connection;
import io.nats.client.ConsumerContext;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamStatusCheckedException;
import io.nats.client.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

/**
 * A worker that binds to an existing durable consumer by name: the server, not the worker, knows
 * where the work stands, so a worker that restarts (or runs on another machine) carries on where
 * the last one left off.
 */
public final class DurableWorker {

    private DurableWorker() {}

    /**
     * Takes up to {@code max} messages from the durable, one by one, and acknowledges each with
     * {@code ackSync} (so the server has recorded the ack before this returns: the worker may be
     * stopped right after). Stops early when a wait of {@code maxWait} brings nothing.
     *
     * @return the payloads taken, in order
     */
    public static List<String> take(Connection connection, String stream, String durable, int max, Duration maxWait)
            throws IOException, JetStreamApiException, InterruptedException, JetStreamStatusCheckedException,
                    TimeoutException {
        // EXERCISE 5.11 BEGIN: Bind to the durable by name (do not create it), then next + ackSync up to max times.
        ConsumerContext consumer = connection.getStreamContext(stream).getConsumerContext(durable);
        List<String> taken = new ArrayList<>();
        while (taken.size() < max) {
            Message message = consumer.next(maxWait);
            if (message == null) {
                break;
            }
            message.ackSync(Duration.ofSeconds(2));
            taken.add(new String(message.getData(), StandardCharsets.UTF_8));
        }
        return taken;
        // EXERCISE 5.11 END
    }
}

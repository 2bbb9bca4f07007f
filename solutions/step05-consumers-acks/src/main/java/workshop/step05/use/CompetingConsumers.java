package workshop.step05.use;

import io.nats.client.Connection;
import io.nats.client.ConsumeOptions;
import io.nats.client.JetStreamApiException;
import io.nats.client.MessageConsumer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Several workers on one durable consumer share its messages: each message goes to one of them
 * (JetStream's durable queue group). Add workers to go faster; a worker that dies leaves its
 * unacked messages to the others after AckWait.
 */
public final class CompetingConsumers {

    private CompetingConsumers() {}

    /**
     * Starts one worker on the existing durable: it hands each payload to the sink and acks it.
     * It asks the server for small batches (10), so a busy worker does not sit on hundreds of
     * messages the others could take. (Not 1: with a batch size of 1, jnats 2.26.2's consume stalls
     * after the first message, on every server: its threshold for asking again is never crossed.)
     */
    public static MessageConsumer startWorker(
            Connection connection, String stream, String durable, Consumer<String> sink)
            throws IOException, JetStreamApiException {
        // EXERCISE 5.12 BEGIN: Bind to the durable and consume in small batches; pass each payload on, then ack.
        ConsumeOptions smallBatches = ConsumeOptions.builder().batchSize(10).build();
        return connection.getStreamContext(stream).getConsumerContext(durable).consume(smallBatches, message -> {
            sink.accept(new String(message.getData(), StandardCharsets.UTF_8));
            message.ack();
        });
        // EXERCISE 5.12 END
    }
}

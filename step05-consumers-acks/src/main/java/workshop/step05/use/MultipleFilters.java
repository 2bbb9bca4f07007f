package workshop.step05.use;

import io.nats.client.Connection;
import io.nats.client.ConsumerContext;
import io.nats.client.JetStreamApiException;
import java.io.IOException;
import java.util.List;

/**
 * One consumer that reads several subjects of a stream (nats-server 2.10 and newer): before 2.10 a
 * consumer had one filter subject, and reading "created and paid, but not shipped" took either two
 * consumers (two positions, two orders) or a wildcard and a check in the client.
 */
public final class MultipleFilters {

    private MultipleFilters() {}

    /**
     * Creates (or updates) a durable, explicit-ack pull consumer that delivers the stream's messages
     * on any of {@code filterSubjects}, in stream order, from the start. The server refuses filters
     * that overlap (one subject matched by two of them).
     */
    public static ConsumerContext createDurable(
            Connection connection, String stream, String durable, List<String> filterSubjects)
            throws IOException, JetStreamApiException {
        // TODO Exercise 5.15: Configure a durable, explicit-ack consumer with all the filter subjects and create it
        // through the stream's context.
        throw new UnsupportedOperationException("Exercise 5.15 is not solved yet: Read several subjects with one consumer. Read step05-consumers-acks/README.md#515-read-several-subjects-with-one-consumer");
    }
}

package workshop.step04.use;

import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.Message;
import io.nats.client.api.StreamInfo;
import java.io.IOException;

/**
 * An orders stream that files what it captures under a subject of its own and tells live listeners
 * what it stored. Publishers keep sending {@code <orders>.<region>.<id>}; the stream stores each
 * order as {@code <region>.<orders>.<id>} (a subject transform, nats-server 2.10+), so everything of
 * one region starts with the region's token; and it republishes every message it stores to
 * {@code <live>.<stored subject>} (republish, 2.9+), so a plain core subscriber sees each order the
 * moment it is safely stored, with the stream's sequence in its headers.
 */
public final class RegionalOrders {

    private RegionalOrders() {}

    /**
     * Creates a memory stream that captures {@code <orders>.*.*}, stores {@code <orders>.<region>.<id>}
     * as {@code <region>.<orders>.<id>}, and republishes everything it stores to {@code <live>.<stored subject>}.
     * A server older than 2.10 accepts the transform and ignores it: it stores and republishes the
     * subject as published.
     *
     * @param orders the first token of the published subjects, e.g. {@code orders}
     * @param live   the first token of the republished subjects, e.g. {@code live}
     */
    public static StreamInfo create(JetStreamManagement jsm, String stream, String orders, String live)
            throws IOException, JetStreamApiException {
        // TODO Exercise 4.11: A memory stream on <orders>.*.* that stores <region>.<orders>.<id> and republishes all
        // it stores under <live>.
        throw new UnsupportedOperationException("Exercise 4.11 is not solved yet: Transform and republish. Read step04-jetstream-streams/README.md#411-transform-and-republish");
    }

    /**
     * Reads a republished message: the stream's headers say which stream stored it, at which
     * sequence, and under which subject ({@code Nats-Stream}, {@code Nats-Sequence}, {@code Nats-Subject}).
     */
    public static Republished read(Message republished) {
        // TODO Exercise 4.11: Take the stream, the sequence and the stored subject from the headers the stream added.
        throw new UnsupportedOperationException("Exercise 4.11 is not solved yet: Transform and republish. Read step04-jetstream-streams/README.md#411-transform-and-republish");
    }

    /**
     * A message as a stream republished it.
     *
     * @param stream        the stream that stored it
     * @param sequence      its sequence in that stream
     * @param storedSubject the subject it is stored under (after the stream's subject transform)
     * @param text          its payload
     */
    public record Republished(String stream, long sequence, String storedSubject, String text) {}
}

package workshop.step05.use;

import io.nats.client.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The last message of many subjects in one request (nats-server 2.11 and newer): a batch direct get
 * with {@code multi_last}. jnats 2.26.2 has no call for it, so this speaks the protocol: one request
 * to {@code $JS.API.DIRECT.GET.<stream>}, then one reply per subject on the request's inbox, each
 * a stored message with headers ({@code Nats-Subject}, {@code Nats-Sequence}, …), and a last reply
 * with status {@code 204 EOB} (end of batch) and no payload.
 */
public final class LastValues {

    private LastValues() {}

    /**
     * The payload of the last message of every subject the filters match (they may hold wildcards),
     * by subject, in stream order; empty when none matches (the server answers {@code 404 No Results}).
     * The stream must allow direct gets. Waits at most {@code maxWait} for each reply.
     */
    public static Map<String, String> lastPerSubject(
            Connection connection, String stream, List<String> filters, Duration maxWait) throws InterruptedException {
        // TODO Exercise 5.21: Subscribe to a new inbox, publish {"multi_last":[…]} to the stream's direct get subject
        // with that inbox as reply, and collect replies until a status message.
        throw new UnsupportedOperationException("Exercise 5.21 is not solved yet: Get the last message of many subjects at once. Read step05-consumers-acks/README.md#521-get-the-last-message-of-many-subjects-at-once");
    }
}

package workshop.step08.use;

import io.nats.client.Connection;
import io.nats.client.ErrorListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What a connected user may do: per-user {@code permissions} in nats-server's {@code authorization}
 * block, and an {@link ErrorListener} that records what the server refused. A refused publish or
 * subscribe does not fail the call in jnats (the protocol is asynchronous): the server answers with
 * {@code -ERR 'Permissions Violation for Publish to "orders.7.refund"'} and jnats hands that text to
 * the connection's error listener, so that is where an application sees it.
 */
public final class SubjectPermissions {

    private SubjectPermissions() {}

    /**
     * The {@code authorization} block for a shop, all with {@code password}:
     * <ul>
     *   <li>{@code admin}: no permissions, so everything is allowed (the operator's view of the traffic);
     *   <li>{@code shop}: publishes on {@code orders.>} and asks {@code help.>}, but never
     *       {@code orders.*.refund} (refunds are the back office's); subscribes to {@code orders.>}, but never
     *       {@code orders.audit}, and receives the answers to its requests;
     *   <li>{@code helpdesk}: subscribes to {@code help.>} and answers the requests it receives,
     *       publishing nothing else.
     * </ul>
     */
    public static String authorization(String password) {
        // TODO Exercise 8.18: Write the three users with their publish/subscribe allow and deny lists; the helpdesk
        // may only answer what it receives.
        throw new UnsupportedOperationException("Exercise 8.18 is not solved yet: Allow and deny subjects. Read step08-broker-internals/README.md#818-allow-and-deny-subjects");
    }

    /** What a permission covers: sending on a subject, or receiving from it. */
    public enum Operation {
        PUBLISH,
        SUBSCRIBE
    }

    /** One refusal the server reported: the operation and the subject it was refused on. */
    public record Violation(Operation operation, String subject) {}

    /**
     * An error listener that keeps the server's permission violations, in the order they came, and
     * ignores every other error. The server's texts (the same on nats-server 2.9, 2.10 and 2.15):
     * <pre>
     * Permissions Violation for Publish to "orders.7.refund"
     * Permissions Violation for Subscription to "orders.audit"
     * Permissions Violation for Subscription to "orders.audit" using queue "auditors"
     * </pre>
     */
    public static final class ViolationRecorder implements ErrorListener {

        private final List<Violation> violations = new CopyOnWriteArrayList<>(); // jnats calls from its own thread

        @Override
        public void errorOccurred(Connection connection, String error) {
            // TODO Exercise 8.18: Recognise the two violation texts, and record the operation and the quoted subject.
            throw new UnsupportedOperationException("Exercise 8.18 is not solved yet: Allow and deny subjects. Read step08-broker-internals/README.md#818-allow-and-deny-subjects");
        }

        /** The violations recorded so far, oldest first. */
        public List<Violation> violations() {
            return List.copyOf(violations);
        }
    }
}

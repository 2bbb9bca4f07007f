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
        // EXERCISE 8.18 BEGIN: Write the three users with their publish/subscribe allow and deny lists; the helpdesk
        // may only answer what it receives.
        return """
                authorization {
                  users: [
                    { user: "admin", password: "%1$s" }
                    { user: "shop", password: "%1$s", permissions: {
                        publish: { allow: ["orders.>", "help.>"], deny: ["orders.*.refund"] }
                        subscribe: { allow: ["orders.>", "_INBOX.>"], deny: ["orders.audit"] } } }
                    { user: "helpdesk", password: "%1$s", permissions: {
                        subscribe: { allow: ["help.>"] }
                        allow_responses: true } }
                  ]
                }
                """.formatted(password);
        // EXERCISE 8.18 END
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
            // EXERCISE 8.18 BEGIN: Recognise the two violation texts, and record the operation and the quoted subject.
            Operation operation;
            if (error.startsWith("Permissions Violation for Publish to ")) {
                operation = Operation.PUBLISH;
            } else if (error.startsWith("Permissions Violation for Subscription to ")) {
                operation = Operation.SUBSCRIBE;
            } else {
                return; // not a permission: another listener's business
            }
            int open = error.indexOf('"');
            int close = error.indexOf('"', open + 1); // the subject's closing quote: a queue's name may follow
            violations.add(new Violation(operation, error.substring(open + 1, close)));
            // EXERCISE 8.18 END
        }

        /** The violations recorded so far, oldest first. */
        public List<Violation> violations() {
            return List.copyOf(violations);
        }
    }
}

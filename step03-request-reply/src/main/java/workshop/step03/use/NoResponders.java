package workshop.step03.use;

import io.nats.client.Connection;
import io.nats.client.JetStreamStatusException;
import io.nats.client.Message;
import io.nats.client.Options;
import io.nats.client.RequestFailureMessage;
import java.time.Duration;
import java.util.Optional;

/**
 * The three ways jnats 2.26 lets you hear that a request reached nobody. In every case nats-server
 * answers at once with a {@code 503} status message (jnats asks for that when it connects); what
 * differs is what the client makes of it:
 * <ol>
 *   <li>by default, the blocking {@code request} returns {@code null} at once, which is also what it
 *       returns after a timeout;</li>
 *   <li>with {@link Options.Builder#reportNoResponders()}, the future of an asynchronous request fails
 *       with a {@link JetStreamStatusException} whose status code is 503;</li>
 *   <li>with {@link Options.Builder#advancedRequestBehavior()}, the blocking {@code request} returns a
 *       {@link RequestFailureMessage} that says why: NO_RESPONDERS, TIMEOUT, and so on.</li>
 * </ol>
 */
public final class NoResponders {

    private NoResponders() {}

    /**
     * Behaviour 1, a default connection: the reply, or empty when there was none. Returns at once when
     * nobody listens on {@code subject}; after {@code timeout} when somebody does but does not answer.
     */
    public static Optional<Message> ask(Connection connection, String subject, byte[] payload, Duration timeout)
            throws InterruptedException {
        // TODO Exercise 3.6: Use the blocking request; null means no reply, for whatever reason.
        throw new UnsupportedOperationException("Exercise 3.6 is not solved yet: Hear that nobody answered. Read step03-request-reply/README.md#36-hear-that-nobody-answered");
    }

    /** Behaviour 2: these options make request futures fail when nobody is listening. */
    public static Options.Builder reportingNoResponders(Options.Builder options) {
        // TODO Exercise 3.6: Switch on reporting no-responders.
        throw new UnsupportedOperationException("Exercise 3.6 is not solved yet: Hear that nobody answered. Read step03-request-reply/README.md#36-hear-that-nobody-answered");
    }

    /**
     * Whether a request future failed because nobody was listening: {@code failure} (or one of its
     * causes) is a {@link JetStreamStatusException} with status code 503.
     */
    public static boolean isNoResponders(Throwable failure) {
        // TODO Exercise 3.6: Walk the cause chain looking for a status exception with code 503.
        throw new UnsupportedOperationException("Exercise 3.6 is not solved yet: Hear that nobody answered. Read step03-request-reply/README.md#36-hear-that-nobody-answered");
    }

    /** Behaviour 3: these options make the blocking request return a message that says why it failed. */
    public static Options.Builder advancedRequests(Options.Builder options) {
        // TODO Exercise 3.6: Switch on the advanced request behaviour.
        throw new UnsupportedOperationException("Exercise 3.6 is not solved yet: Hear that nobody answered. Read step03-request-reply/README.md#36-hear-that-nobody-answered");
    }

    /**
     * How a request on a connection with {@link #advancedRequests} ended, from what its blocking
     * {@code request} returned (never {@code null} on such a connection).
     */
    public static RequestOutcome outcomeOf(Message reply) {
        // TODO Exercise 3.6: A RequestFailureMessage carries a reason; anything else is an answer.
        throw new UnsupportedOperationException("Exercise 3.6 is not solved yet: Hear that nobody answered. Read step03-request-reply/README.md#36-hear-that-nobody-answered");
    }
}

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
        // EXERCISE 3.6 BEGIN: Use the blocking request; null means no reply, for whatever reason.
        return Optional.ofNullable(connection.request(subject, payload, timeout));
        // EXERCISE 3.6 END
    }

    /** Behaviour 2: these options make request futures fail when nobody is listening. */
    public static Options.Builder reportingNoResponders(Options.Builder options) {
        // EXERCISE 3.6 BEGIN: Switch on reporting no-responders.
        return options.reportNoResponders();
        // EXERCISE 3.6 END
    }

    /**
     * Whether a request future failed because nobody was listening: {@code failure} (or one of its
     * causes) is a {@link JetStreamStatusException} with status code 503.
     */
    public static boolean isNoResponders(Throwable failure) {
        // EXERCISE 3.6 BEGIN: Walk the cause chain looking for a status exception with code 503.
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JetStreamStatusException status
                    && status.getStatus().getCode() == 503) {
                return true;
            }
        }
        return false;
        // EXERCISE 3.6 END
    }

    /** Behaviour 3: these options make the blocking request return a message that says why it failed. */
    public static Options.Builder advancedRequests(Options.Builder options) {
        // EXERCISE 3.6 BEGIN: Switch on the advanced request behaviour.
        return options.advancedRequestBehavior();
        // EXERCISE 3.6 END
    }

    /**
     * How a request on a connection with {@link #advancedRequests} ended, from what its blocking
     * {@code request} returned (never {@code null} on such a connection).
     */
    public static RequestOutcome outcomeOf(Message reply) {
        // EXERCISE 3.6 BEGIN: A RequestFailureMessage carries a reason; anything else is an answer.
        if (!(reply instanceof RequestFailureMessage failure)) {
            return RequestOutcome.ANSWERED;
        }
        return switch (failure.getReason()) {
            case NO_RESPONDERS -> RequestOutcome.NO_RESPONDERS;
            case TIMEOUT -> RequestOutcome.TIMED_OUT;
            default -> RequestOutcome.FAILED;
        };
        // EXERCISE 3.6 END
    }
}

package workshop.step03.use;

import io.nats.client.Connection;
import io.nats.client.Dispatcher;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/**
 * The smallest service there is: it answers each request with its text in upper case. Both sides are
 * here: {@link #serve} is the responder, {@link #ask} the requester.
 */
public final class UppercaseService {

    /** The queue group every responder joins, so that each request is answered once however many run. */
    public static final String QUEUE_GROUP = "uppercase";

    private UppercaseService() {}

    /**
     * Starts a responder on {@code subject}: it replies to each request, on the request's reply subject,
     * with the request's text in upper case. Responders share requests in the {@link #QUEUE_GROUP}
     * queue group. When this returns the server knows the responder.
     *
     * @return the dispatcher running the responder; close it to stop
     * @throws TimeoutException if the server did not confirm the subscription within two seconds
     */
    public static Dispatcher serve(Connection connection, String subject)
            throws TimeoutException, InterruptedException {
        // TODO Exercise 3.5: Reply to each request on its reply subject; join the queue group; make sure the server
        // has the subscription.
        throw new UnsupportedOperationException("Exercise 3.5 is not solved yet: Respond and request. Read step03-request-reply/README.md#35-respond-and-request");
    }

    /**
     * Asks the service on {@code subject} to upper-case {@code text} and waits at most {@code timeout}.
     * Empty when no answer came (nobody listening, or too slow: {@link NoResponders} tells them apart).
     */
    public static Optional<String> ask(Connection connection, String subject, String text, Duration timeout)
            throws InterruptedException {
        // TODO Exercise 3.5: Send a request and wait for its reply; no reply means empty.
        throw new UnsupportedOperationException("Exercise 3.5 is not solved yet: Respond and request. Read step03-request-reply/README.md#35-respond-and-request");
    }
}

package workshop.step03.build;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import workshop.step03.given.Broker;
import workshop.step03.given.Message;
import workshop.step03.given.NoRespondersException;

/**
 * Request/reply the plain way: one fresh inbox subscription per request. The answer is the first
 * message on the inbox; the subscription ends with it (so later answers find nobody and are dropped),
 * or with the timeout.
 */
public final class Requester {

    private final Broker broker;
    private final Supplier<String> inboxes;

    /**
     * @param inboxes gives a new, unique inbox subject on every call, e.g. {@code new Inboxes(random)::newInbox}
     */
    public Requester(Broker broker, Supplier<String> inboxes) {
        this.broker = broker;
        this.inboxes = inboxes;
    }

    /**
     * Publishes a request on {@code subject} and returns its answer. The future completes with the first
     * reply; fails with {@link NoRespondersException} when the broker answers {@code 503}; fails with a
     * {@link java.util.concurrent.TimeoutException} when nothing came within {@code timeout}. Either way
     * the inbox subscription is gone once the future is complete.
     */
    public CompletableFuture<Message> request(String subject, byte[] payload, Duration timeout) {
        // TODO Exercise 3.3: Subscribe a fresh inbox before publishing the request; the first reply, a 503 or the
        // timeout completes the future and ends the subscription.
        throw new UnsupportedOperationException("Exercise 3.3 is not solved yet: Request with an inbox. Read step03-request-reply/README.md#33-request-with-an-inbox");
    }
}

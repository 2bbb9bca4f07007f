package workshop.step03.build;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import workshop.step03.given.Broker;
import workshop.step03.given.Message;
import workshop.step03.given.NoRespondersException;
import workshop.step03.given.Subscription;

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
        // EXERCISE 3.3 BEGIN: Subscribe a fresh inbox before publishing the request; the first reply, a 503 or the
        // timeout completes the future and ends the subscription.
        String inbox = inboxes.get();
        CompletableFuture<Message> reply = new CompletableFuture<>();
        Subscription subscription = broker.subscribe(inbox, message -> {
            if (message.isNoResponders()) {
                reply.completeExceptionally(new NoRespondersException(subject));
            } else {
                reply.complete(message);
            }
        });
        reply.whenComplete((message, failure) -> broker.unsubscribe(subscription));
        reply.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        broker.publish(new Message(subject, inbox, Map.of(), payload));
        return reply;
        // EXERCISE 3.3 END
    }
}

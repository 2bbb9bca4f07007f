package workshop.step03.build;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import workshop.step03.given.Broker;
import workshop.step03.given.Message;
import workshop.step03.given.Subscription;

/**
 * Request/reply with one subscription for all requests, as jnats does: the requester subscribes once
 * to {@code _INBOX.<id>.*}, gives each request the reply subject {@code _INBOX.<id>.<token>}, and
 * finds the waiting request by the token of each reply. A thousand requests in flight cost one
 * subscription, not a thousand.
 */
public final class MuxedRequester implements AutoCloseable {

    private final Broker broker;
    private final Supplier<String> tokens;
    private final String inboxPrefix;
    private final Map<String, CompletableFuture<Message>> pending = new ConcurrentHashMap<>();
    private final AtomicLong ignoredReplies = new AtomicLong();
    private Subscription subscription;

    /**
     * @param tokens gives a new, unique subject token on every call (no dots), e.g.
     *               {@code new Inboxes(random)::newToken}; the first one names this requester's inbox
     */
    public MuxedRequester(Broker broker, Supplier<String> tokens) {
        this.broker = broker;
        this.tokens = tokens;
        this.inboxPrefix = "_INBOX." + tokens.get() + ".";
    }

    /** {@code _INBOX.<id>.}: every reply subject of this requester starts with it. */
    public String inboxPrefix() {
        return inboxPrefix;
    }

    /**
     * Publishes a request with the reply subject {@code inboxPrefix() + <new token>} and returns its
     * answer, with the same outcomes as {@link Requester#request}. The one wildcard subscription is
     * made by the first request. Once the future is complete its token is forgotten.
     */
    public synchronized CompletableFuture<Message> request(String subject, byte[] payload, Duration timeout) {
        // TODO Exercise 3.4: Subscribe to inboxPrefix + "*" once; remember each request's future by a new token until
        // it completes.
        throw new UnsupportedOperationException("Exercise 3.4 is not solved yet: Share one inbox subscription. Read step03-request-reply/README.md#34-share-one-inbox-subscription");
    }

    /**
     * Handles every message on {@code _INBOX.<id>.*}: completes the request its last token names, fails
     * it on a 503, or counts the reply as ignored when no request waits for that token any more.
     */
    private void onReply(Message message) {
        // TODO Exercise 3.4: Find the waiting request by the reply's last token; count a reply nobody waits for as
        // ignored.
        throw new UnsupportedOperationException("Exercise 3.4 is not solved yet: Share one inbox subscription. Read step03-request-reply/README.md#34-share-one-inbox-subscription");
    }

    /** How many requests wait for their answer now. */
    public int pendingCount() {
        return pending.size();
    }

    /** How many replies arrived for a request that was no longer waiting (answered or timed out). */
    public long ignoredReplies() {
        return ignoredReplies.get();
    }

    /** Ends the wildcard subscription and cancels every request still waiting. */
    @Override
    public synchronized void close() {
        // TODO Exercise 3.4: Unsubscribe, and cancel what is still pending.
        throw new UnsupportedOperationException("Exercise 3.4 is not solved yet: Share one inbox subscription. Read step03-request-reply/README.md#34-share-one-inbox-subscription");
    }
}

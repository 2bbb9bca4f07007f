package workshop.step08.routing;

/** The owner of subscriptions: a client connection, or a test double. */
public interface Subscriber {

    /** The server's number for this client (unique per broker). */
    long clientId();

    /**
     * Queues one message for this subscriber: the control line {@code head} (already ending in
     * {@code \r\n}), then {@code payload[offset .. offset + length)}, then {@code \r\n}. Copies the
     * bytes before returning.
     *
     * @return false when the message was not queued because this subscriber is too slow (it is being disconnected)
     */
    boolean send(byte[] head, byte[] payload, int offset, int length);

    /** The subscription reached its maximum number of messages and was removed from the index. */
    void expired(Subscription subscription);
}

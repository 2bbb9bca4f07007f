package workshop.step08.protocol;

/**
 * The arguments of {@code UNSUB <sid> [max]}.
 *
 * @param sid           the subscription
 * @param maxDeliveries unsubscribe after this many messages in total; 0 (or no max at all) means at once, as in
 *                      nats-server
 */
public record UnsubArgs(String sid, long maxDeliveries) {}

package workshop.step08.server;

/**
 * What one client may cost the broker; from {@link BrokerOptions#clientLimits()}.
 *
 * @param maxControlLine  the longest control line the client may send
 * @param maxPayload      the largest payload it may publish
 * @param maxPendingBytes how many bytes may wait for it before it is cut off as a slow consumer
 */
public record ClientLimits(int maxControlLine, int maxPayload, long maxPendingBytes) {}

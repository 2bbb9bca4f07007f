package workshop.step09.bus;

import io.nats.client.Connection;
import workshop.step09.events.EventCodec;

/**
 * What every publisher and listener of one service shares: the service's name (its consumers are
 * named after it, so its replicas share them), its connection, the bus and the codec.
 *
 * @param name the service's name, e.g. {@code orders}: the same for every replica
 * @param connection the service's one connection to NATS
 * @param bus where the events are
 * @param codec how they are written
 */
public record ServiceContext(String name, Connection connection, EventBus bus, EventCodec codec) {}

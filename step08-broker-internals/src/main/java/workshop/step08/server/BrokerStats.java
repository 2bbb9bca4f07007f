package workshop.step08.server;

import java.util.concurrent.atomic.LongAdder;
import workshop.step08.monitoring.BrokerView;

/**
 * Totals since the broker started, for {@code /varz}: the traffic of all clients together, the
 * connections accepted, and the clients cut off as slow consumers. Counted from many threads at once.
 */
public final class BrokerStats {

    private final TrafficCounter traffic = new TrafficCounter();
    private final LongAdder totalConnections = new LongAdder();
    private final LongAdder slowConsumers = new LongAdder();

    /** Every client's messages in and out, added up. */
    public TrafficCounter traffic() {
        return traffic;
    }

    void countConnection() {
        totalConnections.increment();
    }

    void countSlowConsumer() {
        slowConsumers.increment();
    }

    public long totalConnections() {
        return totalConnections.sum();
    }

    public long slowConsumers() {
        return slowConsumers.sum();
    }

    /** The numbers now, for monitoring. */
    public BrokerView.Totals snapshot() {
        return new BrokerView.Totals(totalConnections(), slowConsumers(), traffic.snapshot());
    }
}

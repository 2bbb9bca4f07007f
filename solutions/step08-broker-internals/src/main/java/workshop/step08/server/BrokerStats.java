package workshop.step08.server;

import java.util.concurrent.atomic.LongAdder;

/** Totals since the broker started, for {@code /varz}. Counted from many threads at once, hence LongAdder. */
public final class BrokerStats {

    final LongAdder inMsgs = new LongAdder();
    final LongAdder inBytes = new LongAdder();
    final LongAdder outMsgs = new LongAdder();
    final LongAdder outBytes = new LongAdder();
    final LongAdder slowConsumers = new LongAdder();
    final LongAdder totalConnections = new LongAdder();

    public long inMsgs() {
        return inMsgs.sum();
    }

    public long inBytes() {
        return inBytes.sum();
    }

    public long outMsgs() {
        return outMsgs.sum();
    }

    public long outBytes() {
        return outBytes.sum();
    }

    public long slowConsumers() {
        return slowConsumers.sum();
    }

    public long totalConnections() {
        return totalConnections.sum();
    }
}

package workshop.step08.server;

import java.util.concurrent.atomic.LongAdder;
import workshop.step08.monitoring.BrokerView;

/**
 * Messages and payload bytes in (published by a client) and out (delivered to it). Counted from
 * many threads at once, hence {@link LongAdder}: a publisher counts its message in on its own
 * reader thread and out on each receiver.
 */
public final class TrafficCounter {

    private final LongAdder inMsgs = new LongAdder();
    private final LongAdder inBytes = new LongAdder();
    private final LongAdder outMsgs = new LongAdder();
    private final LongAdder outBytes = new LongAdder();

    /** One message published, with a payload of {@code bytes} (headers included). */
    void countIn(int bytes) {
        inMsgs.increment();
        inBytes.add(bytes);
    }

    /** One message delivered, with a payload of {@code bytes} (headers included). */
    void countOut(int bytes) {
        outMsgs.increment();
        outBytes.add(bytes);
    }

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

    /** The numbers now, for monitoring. */
    public BrokerView.Traffic snapshot() {
        return new BrokerView.Traffic(inMsgs(), inBytes(), outMsgs(), outBytes());
    }
}

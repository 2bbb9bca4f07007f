package workshop.step07.use;

import io.nats.client.Message;
import java.time.Duration;
import java.util.function.Consumer;
import workshop.step07.given.Order;
import workshop.step07.given.ProcessedOrders;

/**
 * The consuming half of exactly-once. JetStream redelivers a message whose ack it did not get,
 * whether the consumer never processed it or processed it and died before acking: it cannot tell
 * the difference, so the consumer must. It remembers which orders it applied (in a store that
 * outlives the process) and applies each order once, however often it arrives. It ships first and
 * records the order after: a crash in between ships an order twice when it comes back (make the
 * shipping itself idempotent, or put both in one transaction), while the other way round a crash
 * in between loses the order for good. Then it acks with {@code ackSync}, the "double ack": it
 * waits for the server to confirm, so a lost ack is an error it sees, not a surprise it finds later.
 */
public final class IdempotentOrderHandler {

    private final ProcessedOrders processed;
    private final Consumer<Order> shipping;
    private final Duration ackTimeout;

    /**
     * @param processed  the orders already applied: shared by every instance of the consumer, as a database is
     * @param shipping   the effect: ship the order. It must happen once per order.
     * @param ackTimeout how long to wait for the server to confirm an ack
     */
    public IdempotentOrderHandler(ProcessedOrders processed, Consumer<Order> shipping, Duration ackTimeout) {
        this.processed = processed;
        this.shipping = shipping;
        this.ackTimeout = ackTimeout;
    }

    /**
     * Ships the order in the message unless it was shipped before, records it, then acknowledges
     * the message and waits for the server's confirmation.
     *
     * @throws Exception when shipping failed (nothing recorded, nothing acknowledged: the message
     *                   comes back after AckWait), or the ack was not confirmed (the server may or may
     *                   not have it: if the message comes back, it is handled again harmlessly)
     */
    public void handle(Message message) throws Exception {
        // TODO Exercise 7.6: Ship the order only if `processed` does not know it, and record it after shipping; then
        // ackSync, also for a repeat.
        throw new UnsupportedOperationException("Exercise 7.6 is not solved yet: Ship each order once, and ack for sure. Read step07-exactly-once/README.md#76-ship-each-order-once-and-ack-for-sure");
    }
}

package workshop.step07.use;

import io.nats.client.Message;
import workshop.step07.given.Order;
import workshop.step07.given.ProcessedOrders;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * The consuming half of exactly-once. JetStream redelivers a message whose ack it did not get,
 * whether the consumer never processed it or processed it and died before acking: it cannot tell
 * the difference, so the consumer must. It remembers which orders it applied (in a store that
 * outlives the process) and applies each order once, however often it arrives. Then it acks with
 * {@code ackSync}, the "double ack": it waits for the server to confirm, so a lost ack is an error
 * it sees, not a redelivery it is surprised by later.
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
     * Ships the order in the message unless it was shipped before, then acknowledges the message
     * and waits for the server's confirmation.
     *
     * @throws Exception when the ack was not confirmed: the message will be redelivered, and handled again harmlessly
     */
    public void handle(Message message) throws Exception {
        // EXERCISE 7.6 BEGIN: Ship the order only if it is new to `processed`; then ackSync, also for a repeat.
        Order order = Order.fromBytes(message.getData());
        if (processed.markIfNew(order.id())) {
            shipping.accept(order);
        }
        message.ackSync(ackTimeout);
        // EXERCISE 7.6 END
    }
}

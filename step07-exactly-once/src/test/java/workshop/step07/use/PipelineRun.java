package workshop.step07.use;

import static org.awaitility.Awaitility.await;

import io.nats.client.Connection;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.ConsumerInfo;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.core.ConditionTimeoutException;
import workshop.step07.given.DeliveryChecker;
import workshop.step07.given.DeliveryReport;
import workshop.step07.given.Order;
import workshop.step07.given.OrderWorker;
import workshop.step07.given.StoredOrders;
import workshop.testkit.Exercise;

/**
 * One run of the order pipeline under a fault: a publisher thread, a consumer process that is
 * started again whenever it crashes, a fault injected midway, then the checker's verdict on what
 * the stream stored and on what was shipped. Code of an unsolved exercise fails the run at once,
 * naming the exercise, instead of letting it time out.
 */
final class PipelineRun {

    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(30);

    /** Opens a new connection (each consumer process gets its own; a crashed one closes it). */
    @FunctionalInterface
    interface Connector {
        Connection connect() throws Exception;
    }

    /** Publishes every order; runs on its own thread and counts what it has published. */
    @FunctionalInterface
    interface Publishing {
        void publishAll(AtomicInteger published) throws Exception;
    }

    record Verdict(DeliveryReport stored, DeliveryReport shipped, int workerStarts) {}

    private final String label;
    private final List<Order> orders;
    private final String stream;
    private final String durable;
    private final FaultKit.Shipments shipments = new FaultKit.Shipments();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    PipelineRun(String label, List<Order> orders, String stream, String durable) {
        this.label = label;
        this.orders = orders;
        this.stream = stream;
        this.durable = durable;
    }

    /**
     * Runs the pipeline: publishing on one thread, consumer processes on others, the fault once a
     * third of the orders is published. Returns when every order was shipped and the consumer has
     * nothing left to deliver or to be acked.
     * Every failure is named after {@code exercise}: the one the calling test checks.
     */
    Verdict run(
            JetStreamManagement management,
            Publishing publishing,
            Connector workerConnections,
            OrderWorker.Processor processor,
            Runnable fault,
            Exercise exercise)
            throws Exception {
        AtomicInteger published = new AtomicInteger();
        Thread publisher = Thread.ofPlatform().name("order-publisher").start(() -> {
            try {
                publishing.publishAll(published);
            } catch (Throwable failure) {
                this.failure.compareAndSet(null, failure);
            }
        });
        AtomicReference<OrderWorker> worker = new AtomicReference<>(startWorker(workerConnections, processor));
        AtomicInteger workerStarts = new AtomicInteger(1);
        try {
            await().alias(exercise.says("a third of the orders is published before the fault"))
                    .atMost(RUN_TIMEOUT)
                    .pollInterval(Duration.ofMillis(10))
                    .until(() -> failFast(exercise) && published.get() >= orders.size() / 3);
            fault.run();
            await().alias(exercise.says(
                            "all %d orders are published, shipped and acknowledged (%s)", orders.size(), label))
                    .atMost(RUN_TIMEOUT)
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> {
                        failFast(exercise);
                        if (worker.get().crashed()) { // a dead consumer process is started again, as a supervisor would
                            worker.set(startWorker(workerConnections, processor));
                            workerStarts.incrementAndGet();
                        }
                        return !publisher.isAlive() && shipments.distinct() == orders.size() && drained(management);
                    });
        } catch (ConditionTimeoutException timeout) {
            System.out.println("[checker] " + label + " timed out: "
                    + DeliveryChecker.check(FaultKit.ids(orders), shipments.ids()));
            throw timeout;
        } finally {
            publisher.interrupt();
            publisher.join(Duration.ofSeconds(5));
            worker.get().close();
        }
        List<String> sent = FaultKit.ids(orders);
        DeliveryReport stored = DeliveryChecker.checkAndPrint(
                label + ", stored in the stream", sent, StoredOrders.idsIn(management, stream));
        DeliveryReport shipped = DeliveryChecker.checkAndPrint(label + ", shipped", sent, shipments.ids());
        return new Verdict(stored, shipped, workerStarts.get());
    }

    /** The effect the handler under test must apply once per order. */
    FaultKit.Shipments shipments() {
        return shipments;
    }

    /** Wraps a processor so that code of an unsolved exercise stops the run at once, with its message. */
    OrderWorker.Processor failingFast(OrderWorker.Processor processor) {
        return message -> {
            try {
                processor.process(message);
            } catch (UnsupportedOperationException notSolved) {
                failure.compareAndSet(null, notSolved);
                throw notSolved;
            }
        };
    }

    /**
     * Stops the run once code of an unsolved exercise ran (with that exercise's message) or the
     * publisher gave up (with the checker's view of what was shipped so far).
     */
    private boolean failFast(Exercise exercise) {
        Throwable failed = failure.get();
        if (failed == null) {
            return true;
        }
        if (failed instanceof UnsupportedOperationException notSolved) {
            throw notSolved;
        }
        throw new AssertionError(
                exercise.says(
                        "the pipeline broke down under %s: %s. Shipped so far: %s. Does the stream survive the fault?",
                        label, failed, DeliveryChecker.check(FaultKit.ids(orders), shipments.ids())),
                failed);
    }

    private OrderWorker startWorker(Connector connections, OrderWorker.Processor processor) throws Exception {
        return OrderWorker.start(connections.connect(), stream, durable, failingFast(processor));
    }

    /** Nothing left to deliver and nothing delivered but unacknowledged: no redelivery can come any more. */
    private boolean drained(JetStreamManagement management) {
        try {
            ConsumerInfo info = management.getConsumerInfo(stream, durable);
            return info.getNumPending() == 0 && info.getNumAckPending() == 0;
        } catch (Exception serverBusy) { // restarting, or electing a leader: ask again on the next poll
            return false;
        }
    }
}

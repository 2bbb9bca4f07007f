package workshop.step07.given;

import io.nats.client.Connection;
import io.nats.client.ConsumerContext;
import io.nats.client.FetchConsumeOptions;
import io.nats.client.FetchConsumer;
import io.nats.client.Message;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A consumer process of the order pipeline: on its own thread it fetches batches from a durable
 * pull consumer and hands every message to a {@link Processor}, until it is closed or it crashes.
 *
 * <p>It survives what a real service must survive: a fetch that fails while the server restarts or a
 * stream leader moves is retried; a processor that fails on one message (an {@code ackSync} that
 * timed out, say) does not stop the others, and that message comes back after the consumer's
 * AckWait. A {@link ConsumerCrash} is different: the worker stops on the spot and closes its
 * connection, as a process that died would. The worker owns the connection it is given.
 */
public final class OrderWorker implements AutoCloseable {

    /** What the worker does with one message. Acknowledging it is the processor's job. */
    @FunctionalInterface
    public interface Processor {
        void process(Message message) throws Exception;
    }

    private static final FetchConsumeOptions BATCH = FetchConsumeOptions.builder()
            .maxMessages(20)
            .expiresIn(1000)
            .build(); // 1 s is the shortest wait jnats allows
    private static final Duration PAUSE_AFTER_ERROR = Duration.ofMillis(100);

    private final Connection connection;
    private final String stream;
    private final String durable;
    private final Processor processor;
    private final Thread thread;
    private final AtomicInteger errors = new AtomicInteger();
    private volatile boolean running = true;
    private volatile boolean crashed;

    private OrderWorker(Connection connection, String stream, String durable, Processor processor) {
        this.connection = connection;
        this.stream = stream;
        this.durable = durable;
        this.processor = processor;
        this.thread =
                Thread.ofPlatform().name("order-worker-" + durable).daemon().unstarted(this::run);
    }

    /** Starts a worker on its own thread. */
    public static OrderWorker start(Connection connection, String stream, String durable, Processor processor) {
        OrderWorker worker = new OrderWorker(connection, stream, durable, processor);
        worker.thread.start();
        return worker;
    }

    /** True once a {@link ConsumerCrash} stopped this worker. */
    public boolean crashed() {
        return crashed;
    }

    /** Failed fetches and failed messages so far (each of those messages is redelivered later). */
    public int errors() {
        return errors.get();
    }

    /** Stops fetching, waits for the message in hand to be processed, and closes the connection. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(Duration.ofSeconds(5));
        connection.close();
    }

    private void run() {
        ConsumerContext consumer = null;
        while (running) {
            try {
                if (consumer == null) {
                    consumer = connection.getConsumerContext(stream, durable);
                }
                processOneBatch(consumer);
            } catch (ConsumerCrash crash) {
                die();
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception transientFailure) {
                errors.incrementAndGet();
                consumer = null; // ask for a fresh context: the server may have restarted, or the leader moved
                LockSupport.parkNanos(PAUSE_AFTER_ERROR.toNanos());
            }
        }
    }

    private void processOneBatch(ConsumerContext consumer) throws Exception {
        try (FetchConsumer batch = consumer.fetch(BATCH)) {
            Message message;
            while (running && (message = batch.nextMessage()) != null) {
                try {
                    processor.process(message);
                } catch (ConsumerCrash crash) {
                    throw crash;
                } catch (Exception failedOnThisMessage) {
                    errors.incrementAndGet(); // not acknowledged: it comes back after AckWait
                }
            }
        }
    }

    private void die() {
        crashed = true;
        running = false;
        try {
            connection.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

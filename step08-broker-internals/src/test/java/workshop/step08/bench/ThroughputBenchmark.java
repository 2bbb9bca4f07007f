package workshop.step08.bench;

import io.nats.client.Connection;
import io.nats.client.Dispatcher;
import io.nats.client.Nats;
import io.nats.client.Options;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import workshop.step08.server.BrokerOptions;
import workshop.step08.server.NatsBroker;
import workshop.testkit.NatsServer;
import workshop.testkit.NatsServers;

/**
 * The workshop broker and nats-server side by side, measured with the same jnats publisher and
 * subscriber: one publisher, one subscriber, 16-byte payloads, as fast as the publisher can go.
 * Rounds alternate between the two servers so that neither gets a quieter machine; the median of
 * the rounds is reported. Not a test: run it with
 * <pre>
 *   ./mvnw -q -pl step08-broker-internals -Pbench,solutions test-compile exec:exec@throughput
 * </pre>
 * Smaller or longer runs: add {@code -Dbench.messages=500000 -Dbench.rounds=3} to that command.
 */
public final class ThroughputBenchmark {

    private static final int PAYLOAD_BYTES = 16;
    private static final String SUBJECT = "bench.throughput";

    private ThroughputBenchmark() {}

    public static void main(String[] args) throws Exception {
        int messages = Integer.getInteger("messages", 2_000_000);
        int rounds = Integer.getInteger("rounds", 5);
        try (NatsBroker broker = NatsBroker.start(BrokerOptions.defaults().withPort(0));
                NatsServer natsServer = NatsServers.start("bench")) {
            System.out.printf(
                    "One publisher -> one subscriber, %d-byte payloads, %,d messages per round, %d rounds%n",
                    PAYLOAD_BYTES, messages, rounds);
            System.out.println("Warming up both servers…");
            run(broker.url(), messages / 4);
            run(natsServer.url(), messages / 4);

            double[] ours = new double[rounds];
            double[] theirs = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                ours[round] = run(broker.url(), messages);
                theirs[round] = run(natsServer.url(), messages);
                System.out.printf(
                        "  round %d: workshop broker %,12.0f msgs/s   nats-server %,12.0f msgs/s%n",
                        round + 1, ours[round], theirs[round]);
            }
            double ourMedian = median(ours);
            double theirMedian = median(theirs);
            System.out.printf(
                    "%nMedian: workshop broker %,.0f msgs/s, nats-server %,.0f msgs/s, ratio %.2f (target: at least 0.50)%n",
                    ourMedian, theirMedian, ourMedian / theirMedian);
        }
    }

    /** Publishes {@code messages} messages and returns messages per second, from the first publish to the last delivery. */
    static double run(String url, int messages) throws Exception {
        Options.Builder options = new Options.Builder()
                .server(url)
                .connectionTimeout(Duration.ofSeconds(5))
                .maxReconnects(0);
        try (Connection subscriber = Nats.connect(options.build());
                Connection publisher = Nats.connect(options.build())) {
            CountDownLatch done = new CountDownLatch(1);
            AtomicLong received = new AtomicLong();
            Dispatcher dispatcher = subscriber.createDispatcher(msg -> {
                if (received.incrementAndGet() == messages) {
                    done.countDown();
                }
            });
            dispatcher.setPendingLimits(-1, -1); // measure the servers, not the client dropping messages
            dispatcher.subscribe(SUBJECT);
            subscriber.flush(Duration.ofSeconds(5));

            byte[] payload = new byte[PAYLOAD_BYTES];
            long start = System.nanoTime();
            for (int i = 0; i < messages; i++) {
                publisher.publish(SUBJECT, payload);
            }
            publisher.flush(Duration.ofSeconds(30));
            if (!done.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException(
                        url + ": only " + received.get() + " of " + messages + " messages arrived");
            }
            long elapsed = System.nanoTime() - start;
            return messages / (elapsed / 1e9);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}

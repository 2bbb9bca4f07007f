package workshop.step07.use;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.nats.client.Connection;
import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.KeyValue;
import io.nats.client.api.KeyValueConfiguration;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServer;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

/** Exercise 7.10: a counter the server adds up with Nats-Incr (nats-server 2.12+), next to step 6's compare-and-set. */
@NatsServerTest
class ServerCounterTest {

    private static final Exercise EXERCISE = Exercise.of("7.10");
    private static final int CLIENTS = 4;

    @Test
    @DisplayName("7.10 increments add up on the server, negative ones too, and each ack returns the new total")
    void incrementsAddUp(JetStream jetStream, JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("COUNTS");
        String subject = "counts" + random.nextInt(1000) + ".visits";
        counterStream(management, stream, subject);
        assertThat(ServerCounter.value(management, stream, subject))
                .as(EXERCISE.says("a counter never incremented is 0"))
                .isZero();

        long expected = 0;
        for (int i = 0; i < 5; i++) {
            long amount = random.nextInt(21) - 5; // -5 to 15
            expected += amount;
            assertThat(ServerCounter.increment(jetStream, subject, amount))
                    .as(EXERCISE.says("after adding %d the ack says %d", amount, expected))
                    .isEqualTo(expected);
        }
        assertThat(ServerCounter.value(management, stream, subject))
                .as(EXERCISE.says("the last message's body holds the total"))
                .isEqualTo(expected);
    }

    @Test
    @DisplayName(
            "7.10 under contention Nats-Incr takes one round trip per increment and no retry; compare-and-set takes more, and both lose none")
    void contention(
            NatsServer server,
            Connection connection,
            JetStreamManagement management,
            TestResources resources,
            Random random)
            throws Exception {
        String stream = resources.stream("COUNTS");
        String subject = "counts" + random.nextInt(1000) + ".sold";
        counterStream(management, stream, subject);
        String bucket = resources.bucket("counters");
        connection
                .keyValueManagement()
                .create(KeyValueConfiguration.builder()
                        .name(bucket)
                        .storageType(StorageType.Memory)
                        .build());
        int perClient = 20 + random.nextInt(10);
        long total = (long) CLIENTS * perClient;

        AtomicLong incrRoundTrips = new AtomicLong();
        long incrStart = System.nanoTime();
        List<Long> incrValues = concurrently(server, perClient, client -> {
            JetStream jetStream = client.jetStream();
            return () -> {
                incrRoundTrips.incrementAndGet();
                return ServerCounter.increment(jetStream, subject, 1);
            };
        });
        long incrMillis = (System.nanoTime() - incrStart) / 1_000_000;

        CompareAndSetCounter cas = new CompareAndSetCounter();
        long casStart = System.nanoTime();
        List<Long> casValues = concurrently(server, perClient, client -> {
            KeyValue counters = client.keyValue(bucket);
            return () -> cas.increment(counters, "sold");
        });
        long casMillis = (System.nanoTime() - casStart) / 1_000_000;

        System.out.printf(
                "[counter] %d clients x %d increments = %d on nats-server %s%n",
                CLIENTS, perClient, total, server.version());
        System.out.printf(
                "[counter]   Nats-Incr:       %4d round trips, %3d retries, %4d ms%n",
                incrRoundTrips.get(), 0, incrMillis);
        System.out.printf(
                "[counter]   compare-and-set: %4d round trips, %3d retries, %4d ms%n",
                cas.roundTrips.get(), cas.retries.get(), casMillis);

        List<Long> oneToTotal = LongStream.rangeClosed(1, total).boxed().toList();
        assertThat(incrValues)
                .as(EXERCISE.says("every Nats-Incr increment got its own total, 1 to %d: none lost", total))
                .containsExactlyInAnyOrderElementsOf(oneToTotal);
        assertThat(ServerCounter.value(management, stream, subject))
                .as(EXERCISE.says("the counter ends at %d", total))
                .isEqualTo(total);
        assertThat(incrRoundTrips.get())
                .as(EXERCISE.says("one round trip per increment"))
                .isEqualTo(total);
        assertThat(casValues)
                .as(EXERCISE.says("compare-and-set loses none either (the comparison is fair)"))
                .containsExactlyInAnyOrderElementsOf(oneToTotal);
        assertThat(cas.roundTrips.get())
                .as(EXERCISE.says("compare-and-set reads before it writes: at least two round trips per increment"))
                .isGreaterThanOrEqualTo(2 * total);
    }

    @Test
    @DisplayName("7.10 a counter stream takes only increments: a message without Nats-Incr is refused with 10169")
    void onlyIncrements(JetStream jetStream, JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("COUNTS");
        String subject = "counts" + random.nextInt(1000) + ".visits";
        counterStream(management, stream, subject);
        ServerCounter.increment(jetStream, subject, 1);

        assertThat(catchThrowable(() -> jetStream.publish(subject, "2".getBytes(StandardCharsets.UTF_8))))
                .as(EXERCISE.says("a plain message on a counter subject is refused"))
                .isInstanceOfSatisfying(
                        JetStreamApiException.class,
                        refused -> assertThat(refused.getApiErrorCode()).isEqualTo(10169));
        assertThat(ServerCounter.value(management, stream, subject))
                .as(EXERCISE.says("the counter is still 1"))
                .isEqualTo(1);
    }

    private static void counterStream(JetStreamManagement management, String stream, String subject) throws Exception {
        management.addStream(StreamConfiguration.builder()
                .name(stream)
                .subjects(subject)
                .storageType(StorageType.Memory)
                .allowMessageCounter()
                .build());
    }

    /** What each client does, once it has its own connection. */
    private interface ClientWork {
        Callable<Long> on(Connection client) throws Exception;
    }

    /** Runs {@code perClient} increments on each of {@link #CLIENTS} connections at once; returns every value they got. */
    private static List<Long> concurrently(NatsServer server, int perClient, ClientWork work) throws Exception {
        List<Long> values = Collections.synchronizedList(new ArrayList<>());
        List<Connection> connections = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(CLIENTS)) {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                Connection client = server.connect();
                connections.add(client);
                Callable<Long> increment = work.on(client);
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perClient; i++) {
                        values.add(increment.call());
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get(); // an unsolved exercise's exception surfaces here, with its message
            }
        } finally {
            for (Connection client : connections) {
                client.close();
            }
        }
        return values;
    }
}

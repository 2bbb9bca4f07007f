package workshop.step06.use;

import static org.assertj.core.api.Assertions.assertThat;

import io.nats.client.Connection;
import io.nats.client.KeyValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServer;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

/** Exercise 6.11: a counter under contention, with compare-and-set. */
@NatsServerTest
class KvCounterTest {

    private static final Exercise EXERCISE = Exercise.of("6.11");

    @Test
    @DisplayName("6.11 a missing counter starts at 1, and each increment returns the next value")
    void startsAtOne(Connection connection, TestResources resources) throws Exception {
        KeyValue counters = MemoryBuckets.create(connection, resources.bucket("counters"));

        long first = KvCounter.increment(counters, "visits");
        long second = KvCounter.increment(counters, "visits");

        assertThat(first)
                .as(EXERCISE.says("the first increment of a missing counter gives 1"))
                .isEqualTo(1);
        assertThat(second).as(EXERCISE.says("the next gives 2")).isEqualTo(2);
        assertThat(counters.get("visits").getValueAsString())
                .as(EXERCISE.says("the bucket holds 2"))
                .isEqualTo("2");
    }

    @Test
    @DisplayName("6.11 clients incrementing concurrently lose no increment, and each gets a different value")
    void concurrentIncrements(NatsServer server, Connection connection, TestResources resources, Random random)
            throws Exception {
        String bucket = resources.bucket("tickets");
        MemoryBuckets.create(connection, bucket);
        int clients = 4;
        int perClient = 15 + random.nextInt(10);
        List<Long> returned = Collections.synchronizedList(new ArrayList<>());
        List<Connection> connections = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Connection client = server.connect();
                connections.add(client);
                KeyValue counter = client.keyValue(bucket);
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perClient; i++) {
                        returned.add(KvCounter.increment(counter, "sold"));
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

        long total = (long) clients * perClient;
        assertThat(connection.keyValue(bucket).get("sold").getValueAsString())
                .as(EXERCISE.says(
                        "%d clients x %d increments end at %d: none lost to a race", clients, perClient, total))
                .isEqualTo(Long.toString(total));
        assertThat(returned)
                .as(EXERCISE.says("every increment returned a different value, 1 to %d", total))
                .containsExactlyInAnyOrderElementsOf(
                        LongStream.rangeClosed(1, total).boxed().toList());
    }
}

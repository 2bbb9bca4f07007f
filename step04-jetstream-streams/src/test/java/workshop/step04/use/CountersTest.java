package workshop.step04.use;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.nats.client.JetStream;
import io.nats.client.JetStreamManagement;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

/** Exercise 4.13: counters the server adds up (Nats-Incr, nats-server 2.12+). */
@NatsServerTest
class CountersTest {

    private static final Exercise EXERCISE = Exercise.of("4.13");

    @Test
    @DisplayName("4.13 increments add up: each ack returns the new total, and the stream keeps it")
    void incrementsAddUp(JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("VOTES");
        String prefix = "votes" + random.nextInt(1000);
        Counters.create(jsm, stream, prefix + ".>");
        String counter = prefix + ".proposal" + random.nextInt(100);

        BigInteger expected = BigInteger.ZERO;
        for (int i = 0; i < 3 + random.nextInt(5); i++) {
            BigInteger delta = BigInteger.valueOf(random.nextInt(21) - 10);
            expected = expected.add(delta);
            assertThat(Counters.add(jetStream, counter, delta))
                    .as(EXERCISE.says("after adding %s the ack reports the total %s", delta, expected))
                    .isEqualTo(expected);
        }
        assertThat(Counters.current(jsm, stream, counter))
                .as(EXERCISE.says("the stream's newest message holds the total, not the last increment"))
                .isEqualTo(expected);
        assertThat(Counters.current(jsm, stream, prefix + ".nobody-voted"))
                .as(EXERCISE.says("a counter nobody added to is zero"))
                .isEqualTo(BigInteger.ZERO);
    }

    @Test
    @DisplayName("4.13 publishers that count at the same time lose no increment: the server does the adding")
    void concurrentIncrements(JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("HITS");
        String counter = "hits" + random.nextInt(1000) + ".home";
        Counters.create(jsm, stream, counter);
        int publishers = 4;
        int each = 10 + random.nextInt(10);

        ExecutorService pool = Executors.newFixedThreadPool(publishers);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int p = 0; p < publishers; p++) {
                running.add(pool.submit((Callable<Void>) () -> {
                    for (int i = 0; i < each; i++) {
                        Counters.add(jetStream, counter, BigInteger.ONE);
                    }
                    return null;
                }));
            }
            for (Future<?> publisher : running) {
                publisher.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(Counters.current(jsm, stream, counter))
                .as(EXERCISE.says(
                        "%d publishers each added 1, %d times: the newest message holds the total, not the last increment",
                        publishers, each))
                .isEqualTo(BigInteger.valueOf((long) publishers * each));
    }

    @Test
    @DisplayName("4.13 a counter is not limited to 64 bits")
    void beyondLong(JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("BIG");
        String counter = "big" + random.nextInt(1000);
        Counters.create(jsm, stream, counter);
        BigInteger max = BigInteger.valueOf(Long.MAX_VALUE);

        Counters.add(jetStream, counter, max);

        assertThat(Counters.add(jetStream, counter, max))
                .as(EXERCISE.says("Long.MAX_VALUE twice does not overflow"))
                .isEqualTo(max.add(max));
    }

    @Test
    @DisplayName(
            "4.13 a counter stream refuses a message without an increment: message counter increment is missing [10169]")
    void onlyIncrements(JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("LIKES");
        String counter = "likes" + random.nextInt(1000);
        Counters.create(jsm, stream, counter);

        Throwable refused = catchThrowable(() -> jetStream.publish(counter, "42".getBytes(StandardCharsets.UTF_8)));

        Refusals.assertRefused(
                EXERCISE, refused, 10169, "a plain message (a payload, no Nats-Incr) is refused by a counter stream");
    }
}

package workshop.step03.use;

import static org.assertj.core.api.Assertions.assertThat;

import io.nats.client.Connection;
import io.nats.client.Dispatcher;
import io.nats.client.Message;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServerTest;

/** Exercise 3.7: one request, every answer that comes before the deadline. */
@NatsServerTest
class ScatterGatherTest {

    private static final Exercise EXERCISE = Exercise.of("3.7");
    private static final byte[] QUESTION = "price of BTC?".getBytes(StandardCharsets.UTF_8);

    private static String text(Message message) {
        return new String(message.getData(), StandardCharsets.UTF_8);
    }

    /** A plain (not queue) responder that answers every request with {@code answer}. */
    private static void responder(Connection connection, String subject, String answer) {
        Dispatcher dispatcher = connection.createDispatcher(
                request -> connection.publish(request.getReplyTo(), answer.getBytes(StandardCharsets.UTF_8)));
        dispatcher.subscribe(subject);
    }

    private static long millisSince(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    @Test
    @DisplayName("3.7 collects every answer that arrives before the deadline, and none after")
    void collectsUntilTheDeadline(Connection connection, Random random) throws Exception {
        String subject = "quotes." + random.nextInt(1000);
        responder(connection, subject, "exchange A: 100");
        responder(connection, subject, "exchange B: 101");
        responder(connection, subject, "exchange C: 99");
        // A fourth exchange answers only after the gathering is over.
        CountDownLatch gatheringOver = new CountDownLatch(1);
        Dispatcher late = connection.createDispatcher(request -> {
            try {
                gatheringOver.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            connection.publish(request.getReplyTo(), "exchange D: too late".getBytes(StandardCharsets.UTF_8));
        });
        late.subscribe(subject);
        connection.flush(Duration.ofSeconds(2));

        long start = System.nanoTime();
        List<Message> replies = ScatterGather.gather(connection, subject, QUESTION, Duration.ofMillis(300), 10);
        long elapsed = millisSince(start);
        gatheringOver.countDown();

        assertThat(replies.stream().map(ScatterGatherTest::text).toList())
                .as(EXERCISE.says("the three quick answers, not the late one"))
                .containsExactlyInAnyOrder("exchange A: 100", "exchange B: 101", "exchange C: 99");
        assertThat(elapsed)
                .as(EXERCISE.says("fewer than 10 answers came, so it waited for the whole deadline"))
                .isBetween(250L, 3_000L);
    }

    @Test
    @DisplayName("3.7 stops as soon as it has the most answers it wants")
    void stopsAtTheMaximum(Connection connection, Random random) throws Exception {
        String subject = "quotes." + random.nextInt(1000);
        responder(connection, subject, "A");
        responder(connection, subject, "B");
        responder(connection, subject, "C");
        connection.flush(Duration.ofSeconds(2));

        long start = System.nanoTime();
        List<Message> replies = ScatterGather.gather(connection, subject, QUESTION, Duration.ofSeconds(10), 2);

        assertThat(replies).as(EXERCISE.says("at most 2 answers")).hasSize(2);
        assertThat(millisSince(start))
                .as(EXERCISE.says("no waiting for the 10 s deadline once 2 answers are in"))
                .isLessThan(3_000);
    }

    @Test
    @DisplayName("3.7 returns nothing at once when nobody listens")
    void nobodyListens(Connection connection, Random random) throws Exception {
        long start = System.nanoTime();
        List<Message> replies = ScatterGather.gather(
                connection, "quotes.none." + random.nextInt(1000), QUESTION, Duration.ofSeconds(10), 5);

        assertThat(replies)
                .as(EXERCISE.says("no answers, and the 503 status is not an answer"))
                .isEmpty();
        assertThat(millisSince(start))
                .as(EXERCISE.says("the server's 503 ends the gathering at once"))
                .isLessThan(3_000);
    }
}

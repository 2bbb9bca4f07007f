package workshop.step02.use;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.nats.client.Connection;
import io.nats.client.Dispatcher;
import io.nats.client.Message;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServer;
import workshop.testkit.NatsServerTest;

/** Exercise 2.6: draining one worker loses none of its jobs; closing it does. */
@NatsServerTest
class GracefulStopTest {

    private static final Exercise EXERCISE = Exercise.of("2.6");
    private static final Duration PATIENCE = Duration.ofSeconds(5);

    private static String text(Message message) {
        return new String(message.getData(), StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("2.6 a drained worker finishes the jobs it received, and the others get the rest")
    void drainLosesNothing(Connection publisher, NatsServer server, Random random) throws Exception {
        String subject = "jobs.reports." + random.nextInt(1000);
        List<String> doneBySlow = new CopyOnWriteArrayList<>();
        List<String> doneByFast = new CopyOnWriteArrayList<>();
        // The slow worker holds its first job until the gate opens, so the jobs the server sends it
        // meanwhile pile up, received but not handled, in its client.
        CountDownLatch gate = new CountDownLatch(1);

        try (Connection slowConnection = server.connect();
                Connection fastConnection = server.connect()) {
            Dispatcher slowDispatcher = slowConnection.createDispatcher(message -> {
                awaitQuietly(gate);
                doneBySlow.add(text(message));
            });
            slowDispatcher.subscribe(subject, "reporters");
            slowConnection.flush(PATIENCE);
            Dispatcher fastDispatcher = fastConnection.createDispatcher(message -> doneByFast.add(text(message)));
            fastDispatcher.subscribe(subject, "reporters");
            fastConnection.flush(PATIENCE);
            Worker slow = new Worker(slowConnection, slowDispatcher);

            List<String> published = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                published.add("report-" + i);
                publisher.publish(subject, ("report-" + i).getBytes(StandardCharsets.UTF_8));
            }
            // After this flush the server has handed each of the 100 jobs to one of the two workers.
            publisher.flush(PATIENCE);

            // Opens the gate shortly after the drain has begun; if it opens earlier the test still holds.
            CompletableFuture.delayedExecutor(100, TimeUnit.MILLISECONDS).execute(gate::countDown);
            boolean drained = GracefulStop.drain(slow, PATIENCE);

            assertThat(drained)
                    .as(EXERCISE.says("the drain finished within its timeout"))
                    .isTrue();
            await().alias(EXERCISE.says("every job processed by one of the workers"))
                    .atMost(PATIENCE)
                    .until(() -> doneBySlow.size() + doneByFast.size() >= published.size());
            List<String> done = new ArrayList<>(doneBySlow);
            done.addAll(doneByFast);
            assertThat(done)
                    .as(EXERCISE.says("no job lost, none done twice: the drained worker finished what it had"))
                    .containsExactlyInAnyOrderElementsOf(published);
            // The slow worker's share is about 50; it got at most 5 with probability below 1e-22.
            assertThat(doneBySlow.size())
                    .as(EXERCISE.says("the slow worker had jobs waiting when the drain began"))
                    .isGreaterThan(5);

            int slowBefore = doneBySlow.size();
            for (int i = 0; i < 20; i++) {
                publisher.publish(subject, ("late-" + i).getBytes(StandardCharsets.UTF_8));
            }
            publisher.flush(PATIENCE);
            await().alias(EXERCISE.says("the remaining worker takes every new job"))
                    .atMost(PATIENCE)
                    .until(() -> doneByFast.stream()
                                    .filter(job -> job.startsWith("late-"))
                                    .count()
                            == 20);
            assertThat(doneBySlow)
                    .as(EXERCISE.says("a drained worker is out of the group"))
                    .hasSize(slowBefore);
        }
    }

    @Test
    @DisplayName("2.6 closing a worker instead of draining it loses the jobs it had received")
    void closingLosesJobs(Connection publisher, NatsServer server, Random random) throws Exception {
        // No exercise code here: this shows what drain() saves you from. It passes before GracefulStop is written.
        String subject = "jobs.reports." + random.nextInt(1000);
        List<String> doneBySlow = new CopyOnWriteArrayList<>();
        List<String> doneByFast = new CopyOnWriteArrayList<>();
        CountDownLatch gate = new CountDownLatch(1);

        try (Connection slowConnection = server.connect();
                Connection fastConnection = server.connect()) {
            Dispatcher slowDispatcher = slowConnection.createDispatcher(message -> {
                awaitQuietly(gate);
                doneBySlow.add(text(message));
            });
            slowDispatcher.subscribe(subject, "reporters");
            slowConnection.flush(PATIENCE);
            Dispatcher fastDispatcher = fastConnection.createDispatcher(message -> doneByFast.add(text(message)));
            fastDispatcher.subscribe(subject, "reporters");
            fastConnection.flush(PATIENCE);

            for (int i = 0; i < 100; i++) {
                publisher.publish(subject, ("report-" + i).getBytes(StandardCharsets.UTF_8));
            }
            publisher.flush(PATIENCE);

            new Worker(slowConnection, slowDispatcher).close();
            gate.countDown();
            // The server notices the closed connection a moment later; until then it may still pick the
            // closed member for a marker, which is then lost. So publish a marker on every poll.
            await().alias(EXERCISE.says("the remaining worker gets a marker"))
                    .atMost(PATIENCE)
                    .until(() -> {
                        publisher.publish(subject, "marker".getBytes(StandardCharsets.UTF_8));
                        publisher.flush(PATIENCE);
                        return doneByFast.contains("marker");
                    });

            // The slow worker's share is about 50; it got at most 1 with probability below 1e-28, and
            // everything but the one job in its handler was waiting in its client when it closed.
            long reports = doneBySlow.size()
                    + doneByFast.stream()
                            .filter(job -> job.startsWith("report-"))
                            .count();
            assertThat(reports)
                    .as(EXERCISE.says("jobs received but not handled are gone: core NATS never sends them again"))
                    .isLessThan(100);
        }
    }

    private static void awaitQuietly(CountDownLatch gate) {
        try {
            gate.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package workshop.step01.use;

import static org.assertj.core.api.Assertions.assertThat;

import io.nats.client.Connection;
import io.nats.client.Subscription;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServer;
import workshop.testkit.NatsServerTest;

/** Exercise 1.10: drain before closing, so nothing in flight is lost. */
@NatsServerTest
class GracefulShutdownTest {

    private static final Exercise EXERCISE = Exercise.of("1.10");

    @Test
    @DisplayName("1.10 a draining subscriber handles every message it had already received before it closes")
    void subscriberLosesNothing(NatsServer server, Connection publisher, Random random) throws Exception {
        String subject = "work." + random.nextInt(10_000);
        int messages = 300 + random.nextInt(200);
        AtomicInteger handled = new AtomicInteger();
        CountDownLatch firstArrived = new CountDownLatch(1);

        Connection worker = server.connect();
        worker.createDispatcher(message -> {
                    firstArrived.countDown();
                    LockSupport.parkNanos(
                            200_000); // each message takes a little work, so many are still queued when we stop
                    handled.incrementAndGet();
                })
                .subscribe(subject);
        worker.flush(Duration.ofSeconds(1));
        for (int i = 0; i < messages; i++) {
            publisher.publish(subject, ("job " + i).getBytes(StandardCharsets.UTF_8));
        }
        publisher.flush(Duration.ofSeconds(2));
        assertThat(firstArrived.await(2, TimeUnit.SECONDS))
                .as(EXERCISE.says("the worker started receiving"))
                .isTrue();

        boolean drained;
        try {
            drained = GracefulShutdown.drainAndClose(worker, Duration.ofSeconds(10));
        } finally {
            worker.close(); // harmless after a drain; stops the worker if drainAndClose failed
        }

        assertThat(drained)
                .as(EXERCISE.says("drainAndClose() reports a complete drain"))
                .isTrue();
        assertThat(handled.get())
                .as(EXERCISE.says(
                        "every one of the %d messages was handled before the connection closed: close() drops what"
                                + " is still pending, drain() lets it be handled first",
                        messages))
                .isEqualTo(messages);
        assertThat(worker.getStatus())
                .as(EXERCISE.says("the connection is closed afterwards"))
                .isEqualTo(Connection.Status.CLOSED);
    }

    @Test
    @DisplayName("1.10 a draining publisher sends everything it published before it closes")
    void publisherLosesNothing(NatsServer server, Connection listener, Random random) throws Exception {
        String subject = "events." + random.nextInt(10_000);
        Subscription subscription = listener.subscribe(subject);
        listener.flush(Duration.ofSeconds(1));
        int messages = 1000 + random.nextInt(1000);

        Connection publisher = server.connect();
        for (int i = 0; i < messages; i++) {
            publisher.publish(subject, new byte[64]);
        }
        try {
            GracefulShutdown.drainAndClose(publisher, Duration.ofSeconds(10));
        } finally {
            publisher.close();
        }

        int received = 0;
        while (subscription.nextMessage(Duration.ofMillis(500)) != null) {
            received++;
        }
        assertThat(received)
                .as(EXERCISE.says(
                        "all %d published messages left the publisher before it closed: close() drops what is still"
                                + " pending, drain() lets it be handled first",
                        messages))
                .isEqualTo(messages);
    }
}

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
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServerTest;

/** Exercise 2.5: a plain subscription next to a queue group sees every job. */
@NatsServerTest
class AuditLogTest {

    private static final Exercise EXERCISE = Exercise.of("2.5");
    private static final Duration PATIENCE = Duration.ofSeconds(5);

    private static String text(Message message) {
        return new String(message.getData(), StandardCharsets.UTF_8);
    }

    private static List<String> publishJobs(Connection connection, String prefix, Random random, int count)
            throws Exception {
        List<String> published = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String kind = random.nextBoolean() ? "resize" : "email";
            String job = kind + "-" + i;
            connection.publish(prefix + "." + kind, job.getBytes(StandardCharsets.UTF_8));
            published.add(job);
        }
        connection.flush(PATIENCE);
        return published;
    }

    @Test
    @DisplayName("2.5 the audit log sees every job while the workers share them")
    void seesEverything(Connection connection, Random random) throws Exception {
        String prefix = "jobs" + random.nextInt(1000);
        AtomicInteger handledByWorkers = new AtomicInteger();
        Dispatcher workers = connection.createDispatcher(message -> handledByWorkers.incrementAndGet());
        workers.subscribe(prefix + ".*", "workers");
        workers.subscribe(prefix + ".*", "workers");

        try (AuditLog audit = AuditLog.start(connection, prefix + ".>")) {
            List<String> published = publishJobs(connection, prefix, random, 100);

            await().alias(EXERCISE.says("the audit log records all 100 jobs"))
                    .atMost(PATIENCE)
                    .until(() -> audit.seen().size() >= published.size() && handledByWorkers.get() >= published.size());
            assertThat(audit.seen().stream().map(AuditLogTest::text).toList())
                    .as(EXERCISE.says("a plain subscriber gets every message, in the order published"))
                    .isEqualTo(published);
            assertThat(handledByWorkers.get())
                    .as(EXERCISE.says("the queue group still handles each job once"))
                    .isEqualTo(published.size());
        }
    }

    @Test
    @DisplayName("2.5 two audit logs each get their own copy of every job")
    void everyPlainSubscriberGetsACopy(Connection connection, Random random) throws Exception {
        String prefix = "jobs" + random.nextInt(1000);
        try (AuditLog first = AuditLog.start(connection, prefix + ".>");
                AuditLog second = AuditLog.start(connection, prefix + ".*")) {
            List<String> published = publishJobs(connection, prefix, random, 20);

            // 20 messages on a local server arrive in milliseconds: a shorter wait than PATIENCE is still generous.
            await().alias(EXERCISE.says("both audit logs record all 20 jobs: each plain subscriber gets every message,"
                            + " while a queue group, even one of their own, would share them"))
                    .atMost(Duration.ofSeconds(2))
                    .until(() -> first.seen().size() >= published.size()
                            && second.seen().size() >= published.size());
            assertThat(second.seen().stream().map(AuditLogTest::text).toList())
                    .as(EXERCISE.says("no queue group, so no sharing: each log sees all"))
                    .isEqualTo(first.seen().stream().map(AuditLogTest::text).toList())
                    .isEqualTo(published);
        }
    }
}

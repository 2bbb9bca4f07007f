package workshop.step01.use;

import static org.assertj.core.api.Assertions.assertThat;

import io.nats.client.Connection;
import io.nats.client.Message;
import io.nats.client.Subscription;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServerTest;

/** Exercise 1.8: synchronous subscriptions: the code asks for the next message. */
@NatsServerTest
class SyncSubscriberTest {

    private static final Exercise EXERCISE = Exercise.of("1.8");

    @Test
    @DisplayName("1.8 nextMessages takes up to max messages, in the order they were published")
    void takesUpToMax(Connection connection, Random random) throws Exception {
        String subject = "jobs." + random.nextInt(10_000);
        Subscription subscription = connection.subscribe(subject);
        int published = 5 + random.nextInt(10);
        for (int i = 0; i < published; i++) {
            connection.publish(subject, ("job " + i).getBytes(StandardCharsets.UTF_8));
        }

        List<Message> first = SyncSubscriber.nextMessages(subscription, 3, Duration.ofSeconds(2));
        List<Message> rest = SyncSubscriber.nextMessages(subscription, 100, Duration.ofMillis(200));

        assertThat(payloads(first))
                .as(EXERCISE.says("with max 3, exactly the first three messages, not one more"))
                .containsExactly("job 0", "job 1", "job 2");
        assertThat(rest)
                .as(EXERCISE.says("the rest (%d), then it stops when a wait brings nothing", published - 3))
                .hasSize(published - 3);
        assertThat(payloads(rest).getLast())
                .as(EXERCISE.says("the last message taken is the last one published"))
                .isEqualTo("job " + (published - 1));
    }

    @Test
    @DisplayName("1.8 with nothing published, nextMessages returns an empty list after its patience runs out")
    void emptyWhenNothingComes(Connection connection, Random random) throws Exception {
        Subscription subscription = connection.subscribe("silence." + random.nextInt(10_000));

        List<Message> none = SyncSubscriber.nextMessages(subscription, 10, Duration.ofMillis(100));

        assertThat(none)
                .as(EXERCISE.says("no message came, so the list is empty (not null, no exception)"))
                .isEmpty();
    }

    private static List<String> payloads(List<Message> messages) {
        return messages.stream()
                .map(m -> new String(m.getData(), StandardCharsets.UTF_8))
                .toList();
    }
}

package workshop.step01.use;

import static org.assertj.core.api.Assertions.assertThat;

import io.nats.client.Connection;
import io.nats.client.Message;
import io.nats.client.Subscription;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServer;
import workshop.testkit.NatsServerTest;

/** Exercise 1.11: a connection that does not hear its own messages. */
@NatsServerTest
class NoEchoTest {

    private static final Exercise EXERCISE = Exercise.of("1.11");

    @Test
    @DisplayName("1.11 without echo, a connection hears others on its subject but never itself")
    void noEcho(NatsServer server, Connection other, Random random) throws Exception {
        String subject = "chat." + random.nextInt(10_000);
        try (Connection quiet = NoEcho.connectWithoutEcho(server.url())) {
            Subscription subscription = quiet.subscribe(subject);
            quiet.flush(Duration.ofSeconds(1));

            quiet.publish(subject, "mine".getBytes(StandardCharsets.UTF_8));
            quiet.flush(Duration.ofSeconds(1)); // the server has handled "mine" before "theirs" is even sent
            other.publish(subject, "theirs".getBytes(StandardCharsets.UTF_8));

            Message first = subscription.nextMessage(Duration.ofSeconds(2));
            assertThat(first)
                    .as(EXERCISE.says("the other connection's message arrives"))
                    .isNotNull();
            assertThat(new String(first.getData(), StandardCharsets.UTF_8))
                    .as(EXERCISE.says("the first message heard is the other connection's; its own was not echoed back"))
                    .isEqualTo("theirs");
        }
    }
}

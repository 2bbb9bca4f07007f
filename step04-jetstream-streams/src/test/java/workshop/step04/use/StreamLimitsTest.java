package workshop.step04.use;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.nats.client.JetStream;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.StreamState;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

/** Exercise 4.8: limits on the real server and the errors a publisher gets. */
@NatsServerTest
class StreamLimitsTest {

    private static final Exercise EXERCISE = Exercise.of("4.8");

    @Test
    @DisplayName("4.8 a full discard-new stream rejects the next publish: maximum messages exceeded [10077]")
    void boundedQueueRejects(JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("QUEUE");
        String subject = "resize" + random.nextInt(1000);
        int max = 1 + random.nextInt(5);
        StreamLimits.boundedQueue(jsm, stream, subject, max);

        for (int i = 1; i <= max; i++) {
            assertThat(StreamLimits.tryPublish(jetStream, subject, "job " + i))
                    .as(EXERCISE.says("message %d of %d is stored", i, max))
                    .isEqualTo(new PublishOutcome.Stored(stream, i));
        }
        PublishOutcome overflow = StreamLimits.tryPublish(jetStream, subject, "one too many");

        assertThat(overflow)
                .as(EXERCISE.says("the stream is full and discards new: the publish is rejected, with the server's API"
                        + " error code and description as a value"))
                .isEqualTo(new PublishOutcome.Rejected(10077, "maximum messages exceeded"));
        assertThat(jsm.getStreamInfo(stream).getStreamState().getMsgCount())
                .as(EXERCISE.says("the full stream still holds its %d messages", max))
                .isEqualTo(max);
    }

    @Test
    @DisplayName("4.8 a full discard-old stream accepts every publish and drops its oldest messages")
    void rollingWindowDropsOldest(JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("WINDOW");
        String subject = "ticks" + random.nextInt(1000);
        int max = 2 + random.nextInt(4);
        int extra = 1 + random.nextInt(4);
        StreamLimits.rollingWindow(jsm, stream, subject, max);

        for (int i = 1; i <= max + extra; i++) {
            assertThat(StreamLimits.tryPublish(jetStream, subject, "tick " + i))
                    .as(EXERCISE.says("a rolling window (discard old) stores tick %d of %d", i, max + extra))
                    .isInstanceOf(PublishOutcome.Stored.class);
        }

        StreamState state = jsm.getStreamInfo(stream).getStreamState();
        assertThat(state.getMsgCount())
                .as(EXERCISE.says("only the newest %d stay", max))
                .isEqualTo(max);
        assertThat(state.getFirstSequence())
                .as(EXERCISE.says("the first %d were discarded", extra))
                .isEqualTo(extra + 1);
    }

    @Test
    @DisplayName("4.8 messages expire after maxAge (100 ms is the server's minimum)")
    void messagesExpire(JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("EPHEMERAL");
        String subject = "presence" + random.nextInt(1000);
        StreamLimits.expiring(jsm, stream, subject, Duration.ofMillis(100));
        StreamLimits.tryPublish(jetStream, subject, "here for a moment");

        await().alias(EXERCISE.says("the message is gone shortly after its 100 ms"))
                .atMost(Duration.ofSeconds(3))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> jsm.getStreamInfo(stream).getStreamState().getMsgCount() == 0);
        assertThat(jsm.getStreamInfo(stream).getConfiguration().getMaxAge())
                .as(EXERCISE.says("the stream's maxAge is 100 ms"))
                .isEqualTo(Duration.ofMillis(100));
    }
}

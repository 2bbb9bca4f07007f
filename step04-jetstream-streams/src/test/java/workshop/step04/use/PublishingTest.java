package workshop.step04.use;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import io.nats.client.Connection;
import io.nats.client.JetStream;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.PublishAck;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import java.io.IOException;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

/** Exercise 4.7: a publish with an ack, and a plain publish the stream captures anyway. */
@NatsServerTest
class PublishingTest {

    private static final Exercise EXERCISE = Exercise.of("4.7");

    @Test
    @DisplayName("4.7 a JetStream publish returns an ack with the stream's name and the message's sequence")
    void publishAck(JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("TICKETS");
        String subject = "ticket" + random.nextInt(1000) + ".created";
        createStream(jsm, stream, subject);
        int count = 1 + random.nextInt(5);

        for (int i = 1; i <= count; i++) {
            PublishAck ack = Publishing.publishWithAck(jetStream, subject, "ticket " + i);
            assertThat(ack)
                    .as(EXERCISE.says("publishWithAck returns the stream's ack: wait for it"))
                    .isNotNull();
            assertThat(ack.getStream())
                    .as(EXERCISE.says("the ack names the stream that stored it"))
                    .isEqualTo(stream);
            assertThat(ack.getSeqno())
                    .as(EXERCISE.says("the ack names the message's sequence in the stream: %d", i))
                    .isEqualTo(i);
        }
    }

    @Test
    @DisplayName("4.7 a plain core publish is captured by the stream too, without an ack")
    void plainPublishIsCaptured(Connection connection, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("TICKETS");
        String subject = "ticket" + random.nextInt(1000) + ".updated";
        createStream(jsm, stream, subject);

        Publishing.publishWithoutAck(connection, subject, "no ack for me");

        // no ack to wait for: the stream stores it a moment after the server received it
        await().alias(EXERCISE.says("the stream stored the plain publish (the publisher just was not told)"))
                .atMost(Duration.ofSeconds(3))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> jsm.getStreamInfo(stream).getStreamState().getMsgCount() == 1);
        assertThat(new String(jsm.getMessage(stream, 1).getData()))
                .as(EXERCISE.says("the stored message is the one published without an ack"))
                .isEqualTo("no ack for me");
    }

    @Test
    @DisplayName(
            "4.7 with no stream on the subject, a JetStream publish fails (503 no responders), a plain one vanishes")
    void noStreamNoAck(Connection connection, JetStream jetStream, Random random) throws Exception {
        String subject = "nobody" + random.nextInt(1000) + ".stores.this";

        Publishing.publishWithoutAck(connection, subject, "lost without a word");
        Throwable failure = catchThrowable(() -> Publishing.publishWithAck(jetStream, subject, "this one complains"));

        assertThat(failure)
                .as(EXERCISE.says(
                        "no stream captures the subject, so nobody acks: a JetStream publish that must wait for the ack"
                                + " fails with jnats' IOException; it threw %s",
                        failure))
                .isInstanceOf(IOException.class);
        assertThat(failure.getMessage())
                .as(EXERCISE.says("the failure says 503: no stream, so no responders"))
                .contains("503");
    }

    private static void createStream(JetStreamManagement jsm, String name, String subject) throws Exception {
        jsm.addStream(StreamConfiguration.builder()
                .name(name)
                .subjects(subject)
                .storageType(StorageType.Memory)
                .build());
    }
}

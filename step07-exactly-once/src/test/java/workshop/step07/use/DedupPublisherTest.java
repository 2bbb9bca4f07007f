package workshop.step07.use;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.nats.client.JetStream;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.PublishAck;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

/** Exercise 7.3: Nats-Msg-Id and the stream's duplicate window. */
@NatsServerTest
class DedupPublisherTest {

    private static final Exercise EXERCISE = Exercise.of("7.3");

    @Test
    @DisplayName("7.3 a repeat inside the duplicate window is acknowledged as a duplicate and not stored")
    void repeatIsNotStored(JetStream jetStream, JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("PAYMENTS");
        String root = "payments" + random.nextInt(1000);
        String subject = root + ".eu";
        management.addStream(StreamConfiguration.builder()
                .name(stream)
                .subjects(root + ".>")
                .storageType(StorageType.Memory)
                .duplicateWindow(Duration.ofMinutes(1))
                .build());
        String id = "payment-" + random.nextInt(100_000);
        byte[] data = ("pay " + random.nextInt(500) + " EUR").getBytes(StandardCharsets.UTF_8);

        PublishAck first = DedupPublisher.publishOnce(jetStream, subject, id, data);
        PublishAck retry = DedupPublisher.publishOnce(jetStream, subject, id, data);
        PublishAck another = DedupPublisher.publishOnce(jetStream, subject, id + "-2", data);

        assertThat(first.isDuplicate())
                .as(EXERCISE.says("the first publish of %s is stored", id))
                .isFalse();
        assertThat(retry.isDuplicate())
                .as(EXERCISE.says("publishing %s again is flagged duplicate: did you set the message id?", id))
                .isTrue();
        assertThat(retry.getSeqno())
                .as(EXERCISE.says("the duplicate's ack names the sequence the original got"))
                .isEqualTo(first.getSeqno());
        assertThat(another.isDuplicate())
                .as(EXERCISE.says("another id is not a duplicate"))
                .isFalse();
        assertThat(management.getStreamInfo(stream).getStreamState().getMsgCount())
                .as(EXERCISE.says("the stream holds 2 messages, not 3"))
                .isEqualTo(2);
    }

    @Test
    @DisplayName("7.3 after the duplicate window has passed, the same id is stored again")
    void windowEnds(JetStream jetStream, JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        Duration window = Duration.ofMillis(500);
        String stream = resources.stream("SHORT_WINDOW");
        String root = "refunds" + random.nextInt(1000);
        String subject = root + ".eu";
        management.addStream(StreamConfiguration.builder()
                .name(stream)
                .subjects(root + ".>")
                .storageType(StorageType.Memory)
                .duplicateWindow(window)
                .build());
        String id = "refund-" + random.nextInt(100_000);
        byte[] data = "refund".getBytes(StandardCharsets.UTF_8);

        PublishAck first = DedupPublisher.publishOnce(jetStream, subject, id, data);
        assertThat(DedupPublisher.publishOnce(jetStream, subject, id, data).isDuplicate())
                .as(EXERCISE.says("inside the window the repeat is a duplicate"))
                .isTrue();

        await().alias(EXERCISE.says("after the %s window the server forgets %s and stores it again", window, id))
                .atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> !DedupPublisher.publishOnce(jetStream, subject, id, data)
                        .isDuplicate());

        assertThat(management.getStreamInfo(stream).getStreamState().getMsgCount())
                .as(EXERCISE.says("two copies are stored now: the window is all that protects you"))
                .isEqualTo(2);
        assertThat(first.getSeqno())
                .as(EXERCISE.says("the first copy is stream sequence 1"))
                .isEqualTo(1);
    }
}

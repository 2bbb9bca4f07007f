package workshop.step04.use;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import io.nats.client.JetStream;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.MessageInfo;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import io.nats.client.api.StreamInfo;
import io.nats.client.api.StreamState;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

/** Exercise 4.12: per-message TTLs and subject delete markers (nats-server 2.11+). */
@NatsServerTest
class ExpiringMessagesTest {

    private static final Exercise EXERCISE = Exercise.of("4.12");

    @Test
    @DisplayName("4.12 a message with a 1 s TTL expires while the messages around it, without one, stay")
    void ttlExpiresOneMessage(JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("SESSIONS");
        String subject = "session" + random.nextInt(1000);
        ExpiringMessages.create(jsm, stream, subject + ".>", Duration.ZERO, Duration.ZERO);

        jetStream.publish(subject + ".kept", "stays".getBytes(StandardCharsets.UTF_8));
        long expiring = ExpiringMessages.publish(
                        jetStream, subject + ".token", "gone in a second", Duration.ofSeconds(1))
                .getSeqno();
        jetStream.publish(subject + ".kept", "stays too".getBytes(StandardCharsets.UTF_8));

        // the server checks TTLs on a timer: allow it a little more than the TTL
        await().alias(EXERCISE.says("message #%d, published with a 1 s TTL, is gone within 4 s", expiring))
                .atMost(Duration.ofSeconds(4))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> jsm.getStreamInfo(stream).getStreamState().getMsgCount() == 2);
        assertThat(new String(jsm.getLastMessage(stream, subject + ".kept").getData(), StandardCharsets.UTF_8))
                .as(EXERCISE.says("the stream has no maxAge: the messages without a TTL stay"))
                .isEqualTo("stays too");
    }

    @Test
    @DisplayName("4.12 Nats-TTL never keeps a message beyond the stream's maxAge, which removes the others")
    void neverOutlivesMaxAge(JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("CONFIG");
        String subject = "config" + random.nextInt(1000);
        ExpiringMessages.create(jsm, stream, subject + ".>", Duration.ofMillis(500), Duration.ZERO);

        long plain = jetStream
                .publish(subject + ".draft", "expires".getBytes(StandardCharsets.UTF_8))
                .getSeqno();
        long forever = ExpiringMessages.publishNeverExpiring(jetStream, subject + ".pinned", "kept")
                .getSeqno();

        await().alias(EXERCISE.says("message #%d, without a TTL, expires after the stream's maxAge of 500 ms", plain))
                .atMost(Duration.ofSeconds(3))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> jsm.getStreamInfo(stream).getStreamState().getFirstSequence() > plain);
        StreamState state = jsm.getStreamInfo(stream).getStreamState();
        assertThat(state.getMsgCount())
                .as(EXERCISE.says("the message with Nats-TTL never is still there"))
                .isEqualTo(1);
        assertThat(state.getFirstSequence())
                .as(EXERCISE.says("and it is #%d", forever))
                .isEqualTo(forever);
    }

    @Test
    @DisplayName(
            "4.12 when a subject's last message expires, the stream stores a delete marker on it: empty, with the reason MaxAge")
    void deleteMarker(JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("PRESENCE");
        String subject = "presence" + random.nextInt(1000) + ".device" + random.nextInt(100);
        // the marker expires too, after its own TTL or the stream's maxAge: read it while it is there
        StreamInfo created =
                ExpiringMessages.create(jsm, stream, subject, Duration.ofSeconds(1), Duration.ofSeconds(1));
        assertThat(created.getConfiguration().getSubjectDeleteMarkerTtl())
                .as(EXERCISE.says("the stream leaves a delete marker, kept 1 s (its subject delete marker TTL)"))
                .isEqualTo(Duration.ofSeconds(1));
        long online = jetStream
                .publish(subject, "online".getBytes(StandardCharsets.UTF_8))
                .getSeqno();
        assertThat(ExpiringMessages.deleteMarkerReason(jsm.getMessage(stream, online)))
                .as(EXERCISE.says("an ordinary message is no delete marker"))
                .isEmpty();

        MessageInfo marker = await().alias(
                        EXERCISE.says("after maxAge (1 s) the newest message on %s is a delete marker", subject))
                .atMost(Duration.ofSeconds(4))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> jsm.getLastMessage(stream, subject), last -> last.getSeq() > online);
        assertThat(ExpiringMessages.deleteMarkerReason(marker))
                .as(EXERCISE.says("the marker says why the subject is empty now"))
                .contains("MaxAge");
        assertThat(marker.getData())
                .as(EXERCISE.says("a marker has no payload"))
                .isNullOrEmpty();
        assertThat(jsm.getStreamInfo(stream).getStreamState().getMsgCount())
                .as(EXERCISE.says("the expired message is gone, only its marker is left"))
                .isEqualTo(1);
    }

    @Test
    @DisplayName(
            "4.12 a stream that does not allow TTLs rejects a message with one: per-message TTL is disabled [10166]")
    void ttlNeedsTheStreamsConsent(JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("PLAIN");
        String subject = "plain" + random.nextInt(1000);
        jsm.addStream(StreamConfiguration.builder()
                .name(stream)
                .subjects(subject)
                .storageType(StorageType.Memory)
                .build());

        Throwable refused =
                catchThrowable(() -> ExpiringMessages.publish(jetStream, subject, "ttl here?", Duration.ofSeconds(5)));

        Refusals.assertRefused(
                EXERCISE, refused, 10166, "the publish with a Nats-TTL is refused by a stream without allowMessageTtl");
        assertThat(jsm.getStreamInfo(stream).getStreamState().getMsgCount())
                .as(EXERCISE.says("nothing was stored"))
                .isZero();
    }
}

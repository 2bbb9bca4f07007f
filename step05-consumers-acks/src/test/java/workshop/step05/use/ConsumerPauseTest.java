package workshop.step05.use;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.step05.use.DurableConsumersTest.bytes;
import static workshop.step05.use.DurableConsumersTest.createStream;

import io.nats.client.Connection;
import io.nats.client.ConsumerContext;
import io.nats.client.JetStream;
import io.nats.client.JetStreamManagement;
import io.nats.client.Message;
import io.nats.client.api.ConsumerConfiguration;
import io.nats.client.api.ConsumerInfo;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

/** Exercise 5.16: pausing and resuming a consumer on the server. */
@NatsServerTest
class ConsumerPauseTest {

    private static final Exercise EXERCISE = Exercise.of("5.16");

    @Test
    @DisplayName("5.16 a paused consumer keeps its place; resumed early, it delivers the next message")
    void pauseThenResume(
            Connection connection, JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("JOBS");
        String subject = "jobs" + random.nextInt(1000);
        createStream(jsm, stream, subject);
        ConsumerContext consumer = connection
                .getStreamContext(stream)
                .createOrUpdateConsumer(
                        ConsumerConfiguration.builder().durable("nightly").build());
        jetStream.publish(subject, bytes("job 1"));
        jetStream.publish(subject, bytes("job 2"));
        consumer.next(Duration.ofSeconds(2)).ack();
        Duration pause = Duration.ofMinutes(5 + random.nextInt(55));

        Duration remaining = ConsumerPause.pauseUntil(
                jsm, stream, "nightly", ZonedDateTime.now(ZoneOffset.UTC).plus(pause));

        ConsumerInfo paused = jsm.getConsumerInfo(stream, "nightly");
        assertThat(remaining)
                .as(EXERCISE.says("the server reports the pause remaining: up to %s", pause))
                .isPositive()
                .isLessThanOrEqualTo(pause);
        assertThat(paused.getPaused())
                .as(EXERCISE.says("the consumer's info says paused"))
                .isTrue();
        assertThat(paused.getNumPending())
                .as(EXERCISE.says("job 2 still waits"))
                .isEqualTo(1);

        assertThat(ConsumerPause.resume(jsm, stream, "nightly"))
                .as(EXERCISE.says("resume reports the consumer running"))
                .isTrue();
        Message next = consumer.next(Duration.ofSeconds(2));
        assertThat(next)
                .as(EXERCISE.says("resumed, the consumer delivers again"))
                .isNotNull();
        assertThat(new String(next.getData(), StandardCharsets.UTF_8))
                .as(EXERCISE.says("from where it stopped"))
                .isEqualTo("job 2");
        assertThat(jsm.getConsumerInfo(stream, "nightly").getPaused())
                .as(EXERCISE.says("no longer paused"))
                .isFalse();
    }

    @Test
    @DisplayName(
            "5.16 a paused consumer delivers nothing until the pause ends by itself: the pull made meanwhile then gets the message")
    void pauseEndsByItself(
            Connection connection, JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("JOBS");
        String subject = "jobs" + random.nextInt(1000);
        createStream(jsm, stream, subject);
        ConsumerContext consumer = connection
                .getStreamContext(stream)
                .createOrUpdateConsumer(
                        ConsumerConfiguration.builder().durable("nightly").build());
        jetStream.publish(subject, bytes("job 1"));
        ZonedDateTime until = ZonedDateTime.now(ZoneOffset.UTC).plus(Duration.ofMillis(500));

        ConsumerPause.pauseUntil(jsm, stream, "nightly", until);
        Message message = consumer.next(Duration.ofSeconds(3));

        assertThat(message)
                .as(EXERCISE.says("the pull made during the pause is served once the pause is over"))
                .isNotNull();
        assertThat(message.metaData().timestamp())
                .as(EXERCISE.says("stored before the pause"))
                .isBefore(until);
        assertThat(ZonedDateTime.now(ZoneOffset.UTC))
                .as(EXERCISE.says("delivered only after %s", until))
                .isAfterOrEqualTo(until);
    }

    @Test
    @DisplayName("5.16 a pause until a time already past pauses nothing")
    void pauseInThePast(Connection connection, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("JOBS");
        createStream(jsm, stream, "jobs" + random.nextInt(1000));
        connection
                .getStreamContext(stream)
                .createOrUpdateConsumer(
                        ConsumerConfiguration.builder().durable("nightly").build());

        Duration remaining = ConsumerPause.pauseUntil(
                jsm, stream, "nightly", ZonedDateTime.now(ZoneOffset.UTC).minusMinutes(1));

        assertThat(remaining)
                .as(EXERCISE.says("nothing remains of a pause that ended a minute ago"))
                .isEqualTo(Duration.ZERO);
        assertThat(jsm.getConsumerInfo(stream, "nightly").getPaused())
                .as(EXERCISE.says("not paused"))
                .isFalse();
    }
}

package workshop.step05.use;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static workshop.step05.use.DurableConsumersTest.bytes;
import static workshop.step05.use.DurableConsumersTest.createStream;

import io.nats.client.Connection;
import io.nats.client.ConsumerContext;
import io.nats.client.FetchConsumeOptions;
import io.nats.client.FetchConsumer;
import io.nats.client.JetStream;
import io.nats.client.JetStreamManagement;
import io.nats.client.Message;
import io.nats.client.Subscription;
import io.nats.client.api.ConsumerConfiguration;
import io.nats.client.api.ConsumerInfo;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

/** Exercise 5.9: ack, nak, nak with delay, term, in progress, on the real server. */
@NatsServerTest
class SettlingTest {

    private static final Exercise EXERCISE = Exercise.of("5.9");

    @Test
    @DisplayName("5.9 Done acks: nothing is pending or left to deliver")
    void done(Connection connection, JetStreamManagement jsm, TestResources resources, Random random) throws Exception {
        Fixture fixture = fixture(connection, jsm, resources, random, Duration.ofSeconds(30));
        Message message = fixture.consumer.next(Duration.ofSeconds(2));

        Settling.settle(message, Verdict.done());

        await().alias(EXERCISE.says("acked, so the ack floor moves to #1 and nothing is pending"))
                .atMost(Duration.ofSeconds(3))
                .until(() -> fixture.info().getAckFloor().getStreamSequence() == 1
                        && fixture.info().getNumAckPending() == 0);
    }

    @Test
    @DisplayName("5.9 Retry naks: the message is delivered again at once, delivery count 2")
    void retry(Connection connection, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        Fixture fixture = fixture(connection, jsm, resources, random, Duration.ofSeconds(30));
        Message message = fixture.consumer.next(Duration.ofSeconds(2));

        Settling.settle(message, Verdict.retry());
        Message again =
                fixture.consumer.next(Duration.ofSeconds(2)); // AckWait is 30 s: only the nak can bring it back now

        assertThat(again)
                .as(EXERCISE.says("a nak brings the message back without waiting for AckWait"))
                .isNotNull();
        assertThat(again.metaData().deliveredCount())
                .as(EXERCISE.says("the nak'ed message's second delivery: delivered count 2"))
                .isEqualTo(2);
        again.ack();
    }

    @Test
    @DisplayName("5.9 RetryAfter naks with a delay: the message comes back, but not before the delay")
    void retryAfter(Connection connection, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        Fixture fixture = fixture(connection, jsm, resources, random, Duration.ofSeconds(30));
        Duration delay = Duration.ofMillis(200 + random.nextInt(100));
        Message message = fixture.consumer.next(Duration.ofSeconds(2));

        long start = System.nanoTime();
        Settling.settle(message, Verdict.retryAfter(delay));
        Message again = fixture.consumer.next(Duration.ofSeconds(3));
        Duration waited = Duration.ofNanos(System.nanoTime() - start);

        assertThat(again)
                .as(EXERCISE.says("the message comes back after the delay"))
                .isNotNull();
        assertThat(waited)
                .as(EXERCISE.says("not before the delay of %s", delay))
                .isGreaterThanOrEqualTo(delay.minusMillis(50));
        again.ack();
    }

    @Test
    @DisplayName("5.9 GiveUp terms: the message is settled for good, and the server announces it")
    void giveUp(Connection connection, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        Fixture fixture = fixture(connection, jsm, resources, random, Duration.ofSeconds(30));
        Subscription terminations = connection.subscribe("$JS.EVENT.ADVISORY.CONSUMER.MSG_TERMINATED." + fixture.stream
                + "." + fixture.consumer.getConsumerName());
        connection.flush(Duration.ofSeconds(2));
        Message message = fixture.consumer.next(Duration.ofSeconds(2));

        Settling.settle(message, Verdict.giveUp());

        // Only a term makes the server publish this advisory: an ack or a nak would not.
        Message advisory = terminations.nextMessage(Duration.ofSeconds(2));
        assertThat(advisory)
                .as(EXERCISE.says(
                        "a term is announced on $JS.EVENT.ADVISORY.CONSUMER.MSG_TERMINATED…; nothing came, so GiveUp did"
                                + " not send term() (not a nak, which redelivers; not an ack, which settles silently)"))
                .isNotNull();
        assertThat(new String(advisory.getData(), StandardCharsets.UTF_8))
                .as(EXERCISE.says("the advisory names the terminated message, stream sequence 1"))
                .contains("\"stream_seq\":1");
        await().alias(EXERCISE.says("a terminated message is no longer pending"))
                .atMost(Duration.ofSeconds(3))
                .until(() -> fixture.info().getNumAckPending() == 0);
    }

    @Test
    @DisplayName("5.9 StillWorking (in progress) keeps a slow message from being redelivered")
    void stillWorking(Connection connection, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        Duration ackWait = Duration.ofMillis(400);
        Fixture fixture = fixture(connection, jsm, resources, random, ackWait);
        Message message = fixture.consumer.next(Duration.ofSeconds(2));
        // A pull consumer redelivers only into an open pull: this second worker's pull stays open for the whole work,
        // so a message whose AckWait ran out would be delivered to it.
        FetchConsumer secondWorker = fixture.consumer.fetch(FetchConsumeOptions.builder()
                .maxMessages(1)
                .expiresIn(ackWait.multipliedBy(3).toMillis())
                .build());

        // work for 1.5 times the AckWait, reporting progress every AckWait / 5 (plenty of margin on a busy machine)
        long workUntil =
                System.nanoTime() + ackWait.multipliedBy(3).dividedBy(2).toNanos();
        while (System.nanoTime() < workUntil) {
            Settling.settle(message, Verdict.stillWorking());
            Thread.sleep(ackWait.dividedBy(5).toMillis()); // simulated work, not a wait for a result
        }
        Settling.settle(message, Verdict.done());
        Message redelivered = secondWorker.nextMessage(); // null once its pull expired empty
        secondWorker.close();

        assertThat(redelivered)
                .as(EXERCISE.says(
                        "progress reports reset AckWait: the message, still in progress after %s, was delivered again to"
                                + " another worker; StillWorking must send inProgress()",
                        ackWait))
                .isNull();

        await().alias(EXERCISE.says("the final ack arrives"))
                .atMost(Duration.ofSeconds(3))
                .until(() -> fixture.info().getNumAckPending() == 0);
        ConsumerInfo info = fixture.info();
        assertThat(info.getRedelivered())
                .as(EXERCISE.says("progress reports reset AckWait: never redelivered"))
                .isZero();
        assertThat(info.getDelivered().getConsumerSequence())
                .as(EXERCISE.says("delivered once"))
                .isEqualTo(1);
        assertThat(info.getNumAckPending())
                .as(EXERCISE.says("nothing is left pending"))
                .isZero();
    }

    private Fixture fixture(
            Connection connection, JetStreamManagement jsm, TestResources resources, Random random, Duration ackWait)
            throws Exception {
        String stream = resources.stream("TASKS");
        String subject = "tasks" + random.nextInt(1000);
        createStream(jsm, stream, subject);
        JetStream jetStream = connection.jetStream();
        jetStream.publish(subject, bytes("task"));
        ConsumerContext consumer = connection
                .getStreamContext(stream)
                .createOrUpdateConsumer(ConsumerConfiguration.builder()
                        .durable("worker")
                        .ackWait(ackWait)
                        .build());
        return new Fixture(jsm, stream, consumer);
    }

    private record Fixture(JetStreamManagement jsm, String stream, ConsumerContext consumer) {
        ConsumerInfo info() throws Exception {
            return jsm.getConsumerInfo(stream, consumer.getConsumerName());
        }
    }
}

package workshop.step05.use;

import io.nats.client.Connection;
import io.nats.client.ConsumerContext;
import io.nats.client.JetStream;
import io.nats.client.JetStreamManagement;
import io.nats.client.Message;
import io.nats.client.Subscription;
import io.nats.client.api.ConsumerConfiguration;
import io.nats.client.api.ConsumerInfo;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static workshop.step05.use.DurableConsumersTest.bytes;
import static workshop.step05.use.DurableConsumersTest.createStream;

/** Exercise 5.9: ack, nak, nak with delay, term, in progress, on the real server. */
@NatsServerTest
class SettlingTest {

    private static final String README = " (see step05-consumers-acks/README.md#59-ack-nak-term-in-progress)";

    @Test
    @DisplayName("5.9 Done acks: nothing is pending or left to deliver")
    void done(Connection connection, JetStreamManagement jsm, TestResources resources, Random random) throws Exception {
        Fixture fixture = fixture(connection, jsm, resources, random, Duration.ofSeconds(30));
        Message message = fixture.consumer.next(Duration.ofSeconds(2));

        Settling.settle(message, Verdict.done());

        await().alias("Exercise 5.9: acked, so the ack floor moves to #1 and nothing is pending" + README)
                .atMost(Duration.ofSeconds(3))
                .until(() -> fixture.info().getAckFloor().getStreamSequence() == 1 && fixture.info().getNumAckPending() == 0);
    }

    @Test
    @DisplayName("5.9 Retry naks: the message is delivered again at once, delivery count 2")
    void retry(Connection connection, JetStreamManagement jsm, TestResources resources, Random random) throws Exception {
        Fixture fixture = fixture(connection, jsm, resources, random, Duration.ofSeconds(30));
        Message message = fixture.consumer.next(Duration.ofSeconds(2));

        Settling.settle(message, Verdict.retry());
        Message again = fixture.consumer.next(Duration.ofSeconds(2)); // AckWait is 30 s: only the nak can bring it back now

        assertThat(again).as("Exercise 5.9: a nak brings the message back without waiting for AckWait" + README).isNotNull();
        assertThat(again.metaData().deliveredCount()).isEqualTo(2);
        again.ack();
    }

    @Test
    @DisplayName("5.9 RetryAfter naks with a delay: the message comes back, but not before the delay")
    void retryAfter(Connection connection, JetStreamManagement jsm, TestResources resources, Random random) throws Exception {
        Fixture fixture = fixture(connection, jsm, resources, random, Duration.ofSeconds(30));
        Duration delay = Duration.ofMillis(200 + random.nextInt(100));
        Message message = fixture.consumer.next(Duration.ofSeconds(2));

        long start = System.nanoTime();
        Settling.settle(message, Verdict.retryAfter(delay));
        Message again = fixture.consumer.next(Duration.ofSeconds(3));
        Duration waited = Duration.ofNanos(System.nanoTime() - start);

        assertThat(again).as("Exercise 5.9: the message comes back after the delay" + README).isNotNull();
        assertThat(waited).as("Exercise 5.9: not before the delay of %s%s", delay, README).isGreaterThanOrEqualTo(delay.minusMillis(50));
        again.ack();
    }

    @Test
    @DisplayName("5.9 GiveUp terms: the message is settled for good, and the server announces it")
    void giveUp(Connection connection, JetStreamManagement jsm, TestResources resources, Random random) throws Exception {
        Fixture fixture = fixture(connection, jsm, resources, random, Duration.ofSeconds(30));
        Subscription terminations = connection.subscribe(
                "$JS.EVENT.ADVISORY.CONSUMER.MSG_TERMINATED." + fixture.stream + "." + fixture.consumer.getConsumerName());
        connection.flush(Duration.ofSeconds(2));
        Message message = fixture.consumer.next(Duration.ofSeconds(2));

        Settling.settle(message, Verdict.giveUp());

        // Only a term makes the server publish this advisory: an ack or a nak would not.
        Message advisory = terminations.nextMessage(Duration.ofSeconds(2));
        assertThat(advisory).as("Exercise 5.9: a term is announced on $JS.EVENT.ADVISORY.CONSUMER.MSG_TERMINATED…" + README).isNotNull();
        assertThat(new String(advisory.getData(), StandardCharsets.UTF_8)).contains("\"stream_seq\":1");
        await().alias("Exercise 5.9: a terminated message is no longer pending" + README)
                .atMost(Duration.ofSeconds(3)).until(() -> fixture.info().getNumAckPending() == 0);
    }

    @Test
    @DisplayName("5.9 StillWorking (in progress) keeps a slow message from being redelivered")
    void stillWorking(Connection connection, JetStreamManagement jsm, TestResources resources, Random random) throws Exception {
        Duration ackWait = Duration.ofMillis(400);
        Fixture fixture = fixture(connection, jsm, resources, random, ackWait);
        Message message = fixture.consumer.next(Duration.ofSeconds(2));

        // work for 1.5 times the AckWait, reporting progress every AckWait / 5 (plenty of margin on a busy machine)
        long workUntil = System.nanoTime() + ackWait.multipliedBy(3).dividedBy(2).toNanos();
        while (System.nanoTime() < workUntil) {
            Settling.settle(message, Verdict.stillWorking());
            Thread.sleep(ackWait.dividedBy(5).toMillis()); // simulated work, not a wait for a result
        }
        Settling.settle(message, Verdict.done());

        await().alias("Exercise 5.9: the final ack arrives" + README)
                .atMost(Duration.ofSeconds(3)).until(() -> fixture.info().getNumAckPending() == 0);
        ConsumerInfo info = fixture.info();
        assertThat(info.getRedelivered()).as("Exercise 5.9: progress reports reset AckWait: never redelivered" + README).isZero();
        assertThat(info.getDelivered().getConsumerSequence()).as("Exercise 5.9: delivered once" + README).isEqualTo(1);
        assertThat(info.getNumAckPending()).isZero();
    }

    private Fixture fixture(Connection connection, JetStreamManagement jsm, TestResources resources, Random random, Duration ackWait) throws Exception {
        String stream = resources.stream("TASKS");
        String subject = "tasks" + random.nextInt(1000);
        createStream(jsm, stream, subject);
        JetStream jetStream = connection.jetStream();
        jetStream.publish(subject, bytes("task"));
        ConsumerContext consumer = connection.getStreamContext(stream)
                .createOrUpdateConsumer(ConsumerConfiguration.builder().durable("worker").ackWait(ackWait).build());
        return new Fixture(jsm, stream, consumer);
    }

    private record Fixture(JetStreamManagement jsm, String stream, ConsumerContext consumer) {
        ConsumerInfo info() throws Exception {
            return jsm.getConsumerInfo(stream, consumer.getConsumerName());
        }
    }
}

package workshop.step05.use;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;
import static workshop.step05.use.DurableConsumersTest.bytes;

import io.nats.client.Connection;
import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.Message;
import io.nats.client.api.ConsumerConfiguration;
import io.nats.client.api.RetentionPolicy;
import io.nats.client.api.StreamInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

/** Exercise 5.13: work-queue and interest retention on the real server. */
@NatsServerTest
class RetentionPoliciesTest {

    private static final Exercise EXERCISE = Exercise.of("5.13");

    @Test
    @DisplayName("5.13 a work queue removes a message once it is acked")
    void workQueueRemovesAcked(
            Connection connection, JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("JOBS");
        String subject = "jobs" + random.nextInt(1000);
        StreamInfo info = RetentionPolicies.workQueue(jsm, stream, subject + ".>");
        int count = 2 + random.nextInt(5);
        List<Long> sequences = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sequences.add(
                    jetStream.publish(subject + ".resize", bytes("job " + i)).getSeqno());
        }
        var consumer = connection
                .getStreamContext(stream)
                .createOrUpdateConsumer(
                        ConsumerConfiguration.builder().durable("workers").build());

        assertThat(RetentionPolicies.isKept(jsm, stream, sequences.getFirst()))
                .as(EXERCISE.says("job 0 (sequence %d) is in the stream before anyone took it", sequences.getFirst()))
                .isTrue();
        consumer.next(Duration.ofSeconds(2)).ackSync(Duration.ofSeconds(2));

        assertThat(info.getConfiguration().getRetentionPolicy())
                .as(EXERCISE.says("the server applied work-queue retention"))
                .isEqualTo(RetentionPolicy.WorkQueue);
        await().alias(EXERCISE.says(
                        "the acked job (sequence %d) is gone from the stream: a get says \"no message found\" (10037)",
                        sequences.getFirst()))
                .atMost(Duration.ofSeconds(3))
                .until(() -> !RetentionPolicies.isKept(jsm, stream, sequences.getFirst()));
        assertThat(RetentionPolicies.isKept(jsm, stream, sequences.getLast()))
                .as(EXERCISE.says("the jobs nobody acked are still there (sequence %d)", sequences.getLast()))
                .isTrue();
        assertThat(jsm.getStreamInfo(stream).getStreamState().getMsgCount())
                .as(EXERCISE.says("one job acked, %d left", count - 1))
                .isEqualTo(count - 1);
    }

    @Test
    @DisplayName("5.13 a work queue refuses a second consumer on the same subjects: [10099]")
    void workQueueOneConsumerPerSubject(
            Connection connection, JetStreamManagement jsm, TestResources resources, Random random) throws Exception {
        String stream = resources.stream("JOBS");
        String subject = "jobs" + random.nextInt(1000);
        RetentionPolicies.workQueue(jsm, stream, subject + ".>");
        jsm.addOrUpdateConsumer(
                stream, ConsumerConfiguration.builder().durable("all-jobs").build());

        JetStreamApiException refused = null;
        try {
            jsm.addOrUpdateConsumer(
                    stream,
                    ConsumerConfiguration.builder().durable("all-jobs-too").build());
        } catch (JetStreamApiException e) {
            refused = e;
        }

        assertThat(refused)
                .as(EXERCISE.says("each message of a work queue has one consumer"))
                .isNotNull();
        assertThat(refused.getApiErrorCode())
                .as(EXERCISE.says("the refusal is error 10099"))
                .isEqualTo(10099);
        assertThat(refused.getErrorDescription())
                .as(EXERCISE.says("the server says why"))
                .isEqualTo("multiple non-filtered consumers not allowed on workqueue stream");
    }

    @Test
    @DisplayName("5.13 on a work queue, consumers with disjoint filters split the subjects")
    void workQueueDisjointFilters(
            Connection connection, JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("JOBS");
        String subject = "jobs" + random.nextInt(1000);
        RetentionPolicies.workQueue(jsm, stream, subject + ".>");

        jsm.addOrUpdateConsumer(
                stream,
                ConsumerConfiguration.builder()
                        .durable("resizers")
                        .filterSubject(subject + ".resize")
                        .build());
        jsm.addOrUpdateConsumer(
                stream,
                ConsumerConfiguration.builder()
                        .durable("encoders")
                        .filterSubject(subject + ".encode")
                        .build());

        assertThat(jsm.getConsumerNames(stream))
                .as(EXERCISE.says("both exist"))
                .containsExactlyInAnyOrder("resizers", "encoders");
    }

    @Test
    @DisplayName("5.13 an interest stream keeps a message until every consumer acked it, and nothing without consumers")
    void interest(
            Connection connection, JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("ORDERS");
        String subject = "orders" + random.nextInt(1000) + ".created";
        StreamInfo info = RetentionPolicies.interest(jsm, stream, subject);

        long unheard = jetStream.publish(subject, bytes("nobody listens")).getSeqno();
        assertThat(info.getConfiguration().getRetentionPolicy())
                .as(EXERCISE.says("the server applied interest retention"))
                .isEqualTo(RetentionPolicy.Interest);
        assertThat(RetentionPolicies.isKept(jsm, stream, unheard))
                .as(EXERCISE.says("no consumer, no interest: the message (sequence %d) is not kept", unheard))
                .isFalse();

        var billing = connection
                .getStreamContext(stream)
                .createOrUpdateConsumer(
                        ConsumerConfiguration.builder().durable("billing").build());
        var shipping = connection
                .getStreamContext(stream)
                .createOrUpdateConsumer(
                        ConsumerConfiguration.builder().durable("shipping").build());
        long order = jetStream.publish(subject, bytes("order 1")).getSeqno();
        Message forBilling = billing.next(Duration.ofSeconds(2));
        forBilling.ackSync(Duration.ofSeconds(2));
        assertThat(RetentionPolicies.isKept(jsm, stream, order))
                .as(EXERCISE.says("billing acked, shipping has not: order 1 (sequence %d) is kept", order))
                .isTrue();

        shipping.next(Duration.ofSeconds(2)).ackSync(Duration.ofSeconds(2));
        await().alias(EXERCISE.says("both acked: order 1 (sequence %d) is removed", order))
                .atMost(Duration.ofSeconds(3))
                .until(() -> !RetentionPolicies.isKept(jsm, stream, order));
    }

    @Test
    @DisplayName("5.13 a term removes a message from a work queue, as an ack does")
    void workQueueRemovesTermed(
            Connection connection, JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("JOBS");
        String subject = "jobs" + random.nextInt(1000);
        RetentionPolicies.workQueue(jsm, stream, subject + ".>");
        long job = jetStream
                .publish(subject + ".resize", bytes("a job nobody can do"))
                .getSeqno();
        var consumer = connection
                .getStreamContext(stream)
                .createOrUpdateConsumer(
                        ConsumerConfiguration.builder().durable("workers").build());

        consumer.next(Duration.ofSeconds(2)).term();

        await().alias(EXERCISE.says("the termed job (sequence %d) is gone from the work queue", job))
                .atMost(Duration.ofSeconds(3))
                .until(() -> !RetentionPolicies.isKept(jsm, stream, job));
    }

    @Test
    @DisplayName("5.13 an interest stream waits only for the consumers whose filter matches a message")
    void interestFollowsFilters(
            Connection connection, JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("ORDERS");
        String root = "orders" + random.nextInt(1000);
        RetentionPolicies.interest(jsm, stream, root + ".>");
        var billing = connection
                .getStreamContext(stream)
                .createOrUpdateConsumer(ConsumerConfiguration.builder()
                        .durable("billing")
                        .filterSubject(root + ".created")
                        .build());
        connection
                .getStreamContext(stream)
                .createOrUpdateConsumer(ConsumerConfiguration.builder()
                        .durable("shipping")
                        .filterSubject(root + ".paid")
                        .build());

        long refund = jetStream
                .publish(root + ".refunded", bytes("nobody's filter matches"))
                .getSeqno();
        assertThat(RetentionPolicies.isKept(jsm, stream, refund))
                .as(EXERCISE.says("no consumer's filter matches %s.refunded: not kept", root))
                .isFalse();

        long order = jetStream.publish(root + ".created", bytes("order 1")).getSeqno();
        billing.next(Duration.ofSeconds(2)).ackSync(Duration.ofSeconds(2));
        await().alias(EXERCISE.says("billing acked; shipping never wanted %s.created: removed", root))
                .atMost(Duration.ofSeconds(3))
                .until(() -> !RetentionPolicies.isKept(jsm, stream, order));
    }

    @Test
    @DisplayName(
            "5.13 only the server's \"no message found\" means gone: asking a stream that does not exist is an error")
    void missingStreamIsAnError(JetStreamManagement jsm, TestResources resources) throws Exception {
        String stream = resources.stream("NOWHERE"); // a name only: this stream is never created

        Throwable thrown = catchThrowable(() -> RetentionPolicies.isKept(jsm, stream, 1));

        assertThat(thrown)
                .as(EXERCISE.says(
                        "isKept on %s, a stream that does not exist, throws the server's error instead of answering"
                                + " false: only 10037, no message found, means the message is gone; it threw %s",
                        stream, thrown))
                .isInstanceOf(JetStreamApiException.class);
    }
}

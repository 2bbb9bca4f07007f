package workshop.step05.use;

import io.nats.client.Connection;
import io.nats.client.ConsumerContext;
import io.nats.client.JetStream;
import io.nats.client.JetStreamManagement;
import io.nats.client.Message;
import io.nats.client.api.AckPolicy;
import io.nats.client.api.ConsumerConfiguration;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestStreams;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Exercise 5.7: a durable pull consumer, read with next and fetch. */
@NatsServerTest
class DurableConsumersTest {

    private static final String README = " (see step05-consumers-acks/README.md#57-pull-with-next-and-fetch)";
    private final TestStreams streams = new TestStreams();

    @AfterEach
    void deleteStreams(JetStreamManagement jsm) throws Exception {
        streams.deleteAll(jsm);
    }

    @Test
    @DisplayName("5.7 createDurable makes a durable, filtered, explicit-ack consumer the server reports back")
    void createsDurable(Connection connection, JetStreamManagement jsm, Random random) throws Exception {
        String stream = streams.name(random, "ORDERS");
        String root = "orders" + random.nextInt(1000);
        createStream(jsm, stream, root + ".>");
        Duration ackWait = Duration.ofSeconds(5 + random.nextInt(20));

        ConsumerContext consumer = DurableConsumers.createDurable(connection, stream, "billing", root + ".created", ackWait);

        ConsumerConfiguration config = jsm.getConsumerInfo(stream, "billing").getConsumerConfiguration();
        assertThat(consumer.getConsumerName()).as("Exercise 5.7: the consumer is named by its durable name" + README).isEqualTo("billing");
        assertThat(config.getDurable()).as("Exercise 5.7: durable, so it outlives this client" + README).isEqualTo("billing");
        assertThat(config.getFilterSubject()).as("Exercise 5.7: only %s.created%s", root, README).isEqualTo(root + ".created");
        assertThat(config.getAckPolicy()).isEqualTo(AckPolicy.Explicit);
        assertThat(config.getAckWait()).as("Exercise 5.7: the AckWait the server applied" + README).isEqualTo(ackWait);
    }

    @Test
    @DisplayName("5.7 takeOne reads the filtered messages in order and acks them; null when nothing comes")
    void takeOne(Connection connection, JetStream jetStream, JetStreamManagement jsm, Random random) throws Exception {
        String stream = streams.name(random, "ORDERS");
        String root = "orders" + random.nextInt(1000);
        createStream(jsm, stream, root + ".>");
        jetStream.publish(root + ".created", bytes("first"));
        jetStream.publish(root + ".shipped", bytes("not for billing"));
        jetStream.publish(root + ".created", bytes("second"));
        ConsumerContext consumer = DurableConsumers.createDurable(connection, stream, "billing", root + ".created", Duration.ofSeconds(30));

        assertThat(DurableConsumers.takeOne(consumer, Duration.ofSeconds(2))).as("Exercise 5.7: stored before the consumer existed: delivered all the same" + README)
                .isEqualTo("first");
        assertThat(DurableConsumers.takeOne(consumer, Duration.ofSeconds(2))).isEqualTo("second");
        assertThat(DurableConsumers.takeOne(consumer, Duration.ofSeconds(1))).as("Exercise 5.7: nothing more: null after the wait" + README).isNull();
        await().alias("Exercise 5.7: both were acked" + README).atMost(Duration.ofSeconds(3))
                .until(() -> jsm.getConsumerInfo(stream, "billing").getNumAckPending() == 0);
    }

    @Test
    @DisplayName("5.7 takeBatch fetches up to max messages at once and acks them")
    void takeBatch(Connection connection, JetStream jetStream, JetStreamManagement jsm, Random random) throws Exception {
        String stream = streams.name(random, "JOBS");
        String subject = "jobs" + random.nextInt(1000);
        createStream(jsm, stream, subject);
        int count = 6 + random.nextInt(5);
        for (int i = 1; i <= count; i++) {
            jetStream.publish(subject, bytes("job " + i));
        }
        ConsumerContext consumer = DurableConsumers.createDurable(connection, stream, "workers", subject, Duration.ofSeconds(30));

        List<String> first = DurableConsumers.takeBatch(consumer, 5, Duration.ofSeconds(2));
        List<String> rest = DurableConsumers.takeBatch(consumer, count - 5, Duration.ofSeconds(2));

        assertThat(first).as("Exercise 5.7: the first batch holds 5, in order" + README)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 5).mapToObj(i -> "job " + i).toList());
        assertThat(rest).as("Exercise 5.7: the second batch the other %d%s", count - 5, README).hasSize(count - 5);
        // ack() is fire-and-forget: the server counts the acks a moment later
        await().alias("Exercise 5.7: every fetched message was acked" + README).atMost(Duration.ofSeconds(3))
                .until(() -> jsm.getConsumerInfo(stream, "workers").getNumAckPending() == 0);
    }

    @Test
    @DisplayName("5.7 a message taken without an ack comes back after AckWait, with delivery count 2")
    void redeliveredAfterAckWait(Connection connection, JetStream jetStream, JetStreamManagement jsm, Random random) throws Exception {
        String stream = streams.name(random, "JOBS");
        String subject = "jobs" + random.nextInt(1000);
        createStream(jsm, stream, subject);
        jetStream.publish(subject, bytes("forgotten"));
        ConsumerContext consumer = DurableConsumers.createDurable(connection, stream, "forgetful", subject, Duration.ofMillis(300));

        Message first = consumer.next(Duration.ofSeconds(2)); // and no ack: as if the worker crashed
        Message again = consumer.next(Duration.ofSeconds(3));

        assertThat(first).isNotNull();
        assertThat(again).as("Exercise 5.7: with AckWait 300 ms, the unacked message is delivered again" + README).isNotNull();
        assertThat(again.metaData().streamSequence()).isEqualTo(first.metaData().streamSequence());
        assertThat(again.metaData().deliveredCount()).as("Exercise 5.7: its second delivery" + README).isEqualTo(2);
        again.ack();
    }

    static void createStream(JetStreamManagement jsm, String name, String subjects) throws Exception {
        jsm.addStream(StreamConfiguration.builder().name(name).subjects(subjects).storageType(StorageType.Memory).build());
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

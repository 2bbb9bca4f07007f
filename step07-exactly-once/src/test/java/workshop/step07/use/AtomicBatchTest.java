package workshop.step07.use;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.nats.client.Connection;
import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.MessageInfo;
import io.nats.client.api.PublishAck;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import io.nats.client.impl.Headers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

/** Exercise 7.9: an order's events committed together, or not at all (nats-server 2.12+). */
@NatsServerTest
class AtomicBatchTest {

    private static final Exercise EXERCISE = Exercise.of("7.9");
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @Test
    @DisplayName(
            "7.9 an order's three events are stored together at the commit: none before it, all three after, in order")
    void committedTogether(
            Connection connection, JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("ORDERS");
        String order = "orders" + random.nextInt(1000) + ".o-" + random.nextInt(1000);
        batchStream(management, stream, order.substring(0, order.indexOf('.')) + ".>");
        AtomicBatch batch = new AtomicBatch(connection, TIMEOUT);

        batch.add(order, new Headers(), event("placed"));
        String paid = "paid " + random.nextInt(500);
        batch.add(order + ".payment", new Headers(), event(paid));
        long storedBeforeCommit = messages(management, stream);
        PublishAck ack = batch.commit(order + ".shipping", new Headers(), event("ship to Lyon"));

        assertThat(storedBeforeCommit)
                .as(EXERCISE.says("staged events are not stored before the commit"))
                .isZero();
        assertThat(ack.getBatchId())
                .as(EXERCISE.says("the commit's ack names the batch"))
                .isEqualTo(batch.id());
        assertThat(ack.getBatchSize())
                .as(EXERCISE.says("the commit's ack counts the batch's three events"))
                .isEqualTo(3);
        List<String> stored = new ArrayList<>();
        for (long sequence = ack.getSeqno() - 2; sequence <= ack.getSeqno(); sequence++) {
            MessageInfo message = management.getMessage(stream, sequence);
            stored.add(message.getSubject() + " " + new String(message.getData(), StandardCharsets.UTF_8));
        }
        assertThat(stored)
                .as(EXERCISE.says(
                        "the three events are stored in the order added, at consecutive sequences, the commit's last"))
                .containsExactly(order + " placed", order + ".payment " + paid, order + ".shipping ship to Lyon");
    }

    @Test
    @DisplayName("7.9 a batch whose writer stops before the commit leaves nothing, and the next batch commits as usual")
    void abandonedLeavesNothing(
            Connection connection, JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("ORDERS");
        String root = "orders" + random.nextInt(1000);
        batchStream(management, stream, root + ".>");

        AtomicBatch abandoned = new AtomicBatch(connection, TIMEOUT);
        abandoned.add(root + ".o-1", new Headers(), event("placed"));
        abandoned.add(root + ".o-1.payment", new Headers(), event("paid"));
        // the writer crashes here: no commit

        assertThat(messages(management, stream))
                .as(EXERCISE.says("an uncommitted batch stores nothing"))
                .isZero();
        AtomicBatch next = new AtomicBatch(connection, TIMEOUT);
        next.add(root + ".o-2", new Headers(), event("placed"));
        PublishAck ack = next.commit(root + ".o-2.payment", new Headers(), event("paid"));
        assertThat(ack.getBatchSize())
                .as(EXERCISE.says("another batch commits its two events"))
                .isEqualTo(2);
        assertThat(messages(management, stream))
                .as(EXERCISE.says("only the committed batch is stored"))
                .isEqualTo(2);
    }

    @Test
    @DisplayName(
            "7.9 one refused event refuses the batch: an event that expects an older version of the order, and nothing is stored")
    void oneRefusalRefusesAll(
            Connection connection,
            JetStream jetStream,
            JetStreamManagement management,
            TestResources resources,
            Random random)
            throws Exception {
        String stream = resources.stream("ORDERS");
        String root = "orders" + random.nextInt(1000);
        String order = root + ".o-" + random.nextInt(1000);
        batchStream(management, stream, root + ".>");
        long placed = jetStream.publish(order, event("placed")).getSeqno(); // somebody else wrote the order first

        AtomicBatch batch = new AtomicBatch(connection, TIMEOUT);
        batch.add(root + ".audit", new Headers(), event("order changed"));
        batch.add(
                order,
                new Headers().put("Nats-Expected-Last-Subject-Sequence", "0"),
                event("placed again")); // expects a new order
        assertThat(catchThrowable(() -> batch.commit(root + ".audit", new Headers(), event("done"))))
                .as(EXERCISE.says(
                        "the commit is refused with 10071: the second event expected order %s to have no event", order))
                .isInstanceOfSatisfying(
                        JetStreamApiException.class,
                        refused -> assertThat(refused.getApiErrorCode()).isEqualTo(10071));

        assertThat(messages(management, stream))
                .as(EXERCISE.says("none of the batch's three events is stored, not even the first"))
                .isEqualTo(1);
        assertThat(management.getLastMessage(stream, order).getSeq())
                .as(EXERCISE.says("the order is as it was"))
                .isEqualTo(placed);
    }

    @Test
    @DisplayName("7.9 a stream without allow_atomic refuses a batch at its first event: error 10174")
    void streamWithoutAtomicRefuses(
            Connection connection, JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        String root = "orders" + random.nextInt(1000);
        management.addStream(StreamConfiguration.builder()
                .name(resources.stream("PLAIN"))
                .subjects(root + ".>")
                .storageType(StorageType.Memory)
                .build());
        AtomicBatch batch = new AtomicBatch(connection, TIMEOUT);

        assertThat(catchThrowable(() -> batch.add(root + ".o-1", new Headers(), event("placed"))))
                .as(EXERCISE.says("atomic publish is disabled on a stream that does not allow it"))
                .isInstanceOfSatisfying(
                        JetStreamApiException.class,
                        refused -> assertThat(refused.getApiErrorCode()).isEqualTo(10174));
    }

    private static void batchStream(JetStreamManagement management, String stream, String subjects) throws Exception {
        management.addStream(StreamConfiguration.builder()
                .name(stream)
                .subjects(subjects)
                .storageType(StorageType.Memory)
                .allowAtomicPublish()
                .build());
    }

    private static long messages(JetStreamManagement management, String stream) throws Exception {
        return management.getStreamInfo(stream).getStreamState().getMsgCount();
    }

    private static byte[] event(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

package workshop.step04.use;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.nats.client.Connection;
import io.nats.client.JetStream;
import io.nats.client.JetStreamManagement;
import io.nats.client.Message;
import io.nats.client.api.PublishAck;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import io.nats.client.impl.Headers;
import io.nats.client.impl.NatsMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

/** Exercise 4.15: atomic batch publish, all or nothing (nats-server 2.12+). */
@NatsServerTest
class AtomicBatchesTest {

    private static final Exercise EXERCISE = Exercise.of("4.15");

    @Test
    @DisplayName("4.15 a committed batch is stored whole, in order, and the commit's ack names the batch and its size")
    void batchCommits(
            Connection connection, JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("TRANSFERS");
        String prefix = "ledger" + random.nextInt(1000);
        AtomicBatches.create(jsm, stream, prefix + ".>");
        int size = 2 + random.nextInt(5);
        List<Message> batch = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            batch.add(message(prefix + ".account" + random.nextInt(10), "entry " + i, null));
        }
        String batchId = "batch-" + random.nextInt(1_000_000);

        PublishAck ack = AtomicBatches.publishAll(connection, jetStream, batchId, batch);

        assertThat(ack.getBatchId())
                .as(EXERCISE.says("the commit's ack names the batch"))
                .isEqualTo(batchId);
        assertThat(ack.getBatchSize())
                .as(EXERCISE.says("and counts its %d messages", size))
                .isEqualTo(size);
        assertThat(ack.getSeqno())
                .as(EXERCISE.says("the commit is the batch's last message, #%d", size))
                .isEqualTo(size);
        for (int i = 1; i <= size; i++) {
            assertThat(new String(jsm.getMessage(stream, i).getData(), StandardCharsets.UTF_8))
                    .as(EXERCISE.says("message %d of the batch is stored at #%d", i, i))
                    .isEqualTo("entry " + i);
        }
    }

    @Test
    @DisplayName(
            "4.15 when one message of a batch fails its check, the commit is refused and none of the batch is stored")
    void allOrNothing(
            Connection connection, JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("TRANSFERS");
        String prefix = "ledger" + random.nextInt(1000);
        AtomicBatches.create(jsm, stream, prefix + ".>");
        String account = prefix + ".account" + random.nextInt(10);
        jetStream.publish(account, "opening balance".getBytes(StandardCharsets.UTF_8));
        // the second message insists that its subject is still empty: it is not, so the whole batch must fail
        Headers expectEmpty = new Headers().add("Nats-Expected-Last-Subject-Sequence", "0");
        List<Message> batch = List.of(
                message(prefix + ".other", "debit", null),
                message(account, "credit", expectEmpty),
                message(prefix + ".audit", "transfer done", null));

        Throwable refused = catchThrowable(
                () -> AtomicBatches.publishAll(connection, jetStream, "batch-" + random.nextInt(1_000_000), batch));

        Refusals.assertRefused(
                EXERCISE,
                refused,
                10071,
                "the commit answers with the failed check (wrong last sequence [10071], the second message's expectation,"
                        + " one of its own headers, which a batch message keeps)");
        assertThat(jsm.getStreamInfo(stream).getStreamState().getMsgCount())
                .as(
                        EXERCISE.says(
                                "only the opening balance is stored: not the debit before the failed message, not the audit after"))
                .isEqualTo(1);
    }

    @Test
    @DisplayName("4.15 a stream that does not allow atomic publish refuses a batch: atomic publish is disabled [10174]")
    void needsTheStreamsConsent(
            Connection connection, JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("PLAIN");
        String subject = "plain" + random.nextInt(1000);
        jsm.addStream(StreamConfiguration.builder()
                .name(stream)
                .subjects(subject)
                .storageType(StorageType.Memory)
                .build());
        List<Message> batch = List.of(message(subject, "one", null), message(subject, "two", null));

        Throwable refused = catchThrowable(
                () -> AtomicBatches.publishAll(connection, jetStream, "batch-" + random.nextInt(1_000_000), batch));

        Refusals.assertRefused(
                EXERCISE, refused, 10174, "the commit of a batch to a stream without allowAtomicPublish is refused");
        assertThat(jsm.getStreamInfo(stream).getStreamState().getMsgCount())
                .as(EXERCISE.says("nothing was stored"))
                .isZero();
    }

    private static Message message(String subject, String text, Headers headers) {
        return NatsMessage.builder()
                .subject(subject)
                .headers(headers)
                .data(text.getBytes(StandardCharsets.UTF_8))
                .build();
    }
}

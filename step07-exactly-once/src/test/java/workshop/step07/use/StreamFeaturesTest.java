package workshop.step07.use;

import static org.assertj.core.api.Assertions.assertThat;

import io.nats.client.Connection;
import io.nats.client.JetStreamManagement;
import io.nats.client.Message;
import io.nats.client.api.StreamInfo;
import io.nats.client.impl.Headers;
import io.nats.client.impl.NatsMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServer;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

/**
 * Exercise 7.8: streams with atomic batches and counters, and whether the server kept those
 * settings. Runs on every server: on one older than 2.12 it shows what becomes of a batch and of an
 * increment there.
 */
@NatsServerTest
class StreamFeaturesTest {

    private static final Exercise EXERCISE = Exercise.of("7.8");
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @Test
    @DisplayName(
            "7.8 batches and counters: 2.12 and newer keep allow_atomic and allow_msg_counter, older servers drop them without a word")
    void serverSaysWhatItKept(NatsServer server, JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        String root = "orders" + random.nextInt(1000);
        boolean expectsFeatures = server.version().atLeast("2.12");

        StreamInfo batches = StreamFeatures.createBatchStream(management, resources.stream("ORDERS"), root + ".>");
        StreamInfo counters =
                StreamFeatures.createCounterStream(management, resources.stream("COUNTS"), "counts" + root + ".>");

        assertThat(StreamFeatures.commitsBatches(batches))
                .as(EXERCISE.says(
                        "nats-server %s %s allow_atomic", server.version(), expectsFeatures ? "keeps" : "drops"))
                .isEqualTo(expectsFeatures);
        assertThat(StreamFeatures.countsIncrements(counters))
                .as(EXERCISE.says(
                        "nats-server %s %s allow_msg_counter", server.version(), expectsFeatures ? "keeps" : "drops"))
                .isEqualTo(expectsFeatures);
        assertThat(StreamFeatures.commitsBatches(counters))
                .as(EXERCISE.says("the counter stream does not batch"))
                .isFalse();
        assertThat(StreamFeatures.countsIncrements(batches))
                .as(EXERCISE.says("the batch stream does not count"))
                .isFalse();
    }

    @Test
    @DisplayName(
            "7.8 a batch whose client stops before the commit: nothing stored on 2.12 and newer, its first events stored on an older server")
    void unfinishedBatchOnThisServer(
            NatsServer server,
            Connection connection,
            JetStreamManagement management,
            TestResources resources,
            Random random)
            throws Exception {
        String stream = resources.stream("ORDERS");
        String order = "orders" + random.nextInt(1000) + ".o-" + random.nextInt(1000);
        StreamInfo created = StreamFeatures.createBatchStream(management, stream, order);

        String batchId = "batch-" + random.nextInt(100_000);
        List<String> replies = new ArrayList<>();
        for (int sequence = 1; sequence <= 2; sequence++) { // the third event, with the commit, never comes
            Headers headers =
                    new Headers().put("Nats-Batch-Id", batchId).put("Nats-Batch-Sequence", Integer.toString(sequence));
            Message reply = connection.request(
                    NatsMessage.builder()
                            .subject(order)
                            .headers(headers)
                            .data(("event " + sequence).getBytes(StandardCharsets.UTF_8))
                            .build(),
                    TIMEOUT);
            replies.add(
                    reply == null || reply.getData().length == 0
                            ? "(empty)"
                            : new String(reply.getData(), StandardCharsets.UTF_8));
        }
        System.out.printf(
                "[batch] nats-server %s, batch stopped after 2 of 3 events: replies %s%n", server.version(), replies);

        long stored = management.getStreamInfo(stream).getStreamState().getMsgCount();
        if (StreamFeatures.commitsBatches(created)) {
            assertThat(stored)
                    .as(EXERCISE.says(
                            "nats-server %s stages a batch until its commit: nothing stored", server.version()))
                    .isZero();
        } else {
            assertThat(server.version().atLeast("2.12"))
                    .as(EXERCISE.says(
                            "nats-server %s knows atomic batches, yet this stream does not commit them:"
                                    + " did createBatchStream ask for allow_atomic?",
                            server.version()))
                    .isFalse();
            assertThat(stored)
                    .as(EXERCISE.says(
                            "nats-server %s ignores the batch headers and stores each event on arrival",
                            server.version()))
                    .isEqualTo(2);
        }
    }

    @Test
    @DisplayName(
            "7.8 three increments of 1: a counter of 3 on 2.12 and newer, three plain empty messages on an older server")
    void incrementsOnThisServer(
            NatsServer server,
            Connection connection,
            JetStreamManagement management,
            TestResources resources,
            Random random)
            throws Exception {
        String stream = resources.stream("COUNTS");
        String subject = "counts" + random.nextInt(1000) + ".visits";
        StreamInfo created = StreamFeatures.createCounterStream(management, stream, subject);

        List<String> replies = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Message reply = connection.request(
                    NatsMessage.builder()
                            .subject(subject)
                            .headers(new Headers().put("Nats-Incr", "1"))
                            .build(),
                    TIMEOUT);
            replies.add(reply == null ? "(none)" : new String(reply.getData(), StandardCharsets.UTF_8));
        }
        System.out.printf("[counter] nats-server %s, 3 increments of 1: acks %s%n", server.version(), replies);

        byte[] lastData = management.getLastMessage(stream, subject).getData(); // null for an empty message
        String lastBody = lastData == null ? "" : new String(lastData, StandardCharsets.UTF_8);
        if (StreamFeatures.countsIncrements(created)) {
            assertThat(lastBody)
                    .as(EXERCISE.says("nats-server %s stores the sum as the last message's body", server.version()))
                    .isEqualTo("{\"val\":\"3\"}");
        } else {
            assertThat(lastBody)
                    .as(EXERCISE.says(
                            "nats-server %s stores each increment as an empty message: nothing adds up",
                            server.version()))
                    .isEmpty();
            assertThat(replies)
                    .as(EXERCISE.says("its acks carry no value"))
                    .allSatisfy(ack -> assertThat(ack).doesNotContain("\"val\""));
        }
    }
}

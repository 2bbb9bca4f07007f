package workshop.step04.use;

import static org.assertj.core.api.Assertions.assertThat;

import io.nats.client.JetStream;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

/** Exercise 4.10: purging a stream, a subject, or all but the newest. */
@NatsServerTest
class PurgingTest {

    private static final Exercise EXERCISE = Exercise.of("4.10");

    @Test
    @DisplayName("4.10 purgeAll removes every message; the next one continues the sequence")
    void purgeAll(JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("LOGS");
        String subject = "logs" + random.nextInt(1000);
        create(jsm, stream, subject + ".>");
        int count = 2 + random.nextInt(8);
        publish(jetStream, subject + ".app", count);

        long purged = Purging.purgeAll(jsm, stream);
        long next = jetStream
                .publish(subject + ".app", "after".getBytes(StandardCharsets.UTF_8))
                .getSeqno();

        assertThat(purged)
                .as(EXERCISE.says("the server reports %d purged", count))
                .isEqualTo(count);
        assertThat(next).as(EXERCISE.says("sequences are not reset by a purge")).isEqualTo(count + 1);
    }

    @Test
    @DisplayName("4.10 purgeSubject removes one subject's messages and leaves the others")
    void purgeSubject(JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("LOGS");
        String root = "logs" + random.nextInt(1000);
        create(jsm, stream, root + ".>");
        int debug = 1 + random.nextInt(5);
        int errors = 1 + random.nextInt(5);
        publish(jetStream, root + ".debug", debug);
        publish(jetStream, root + ".error", errors);

        long purged = Purging.purgeSubject(jsm, stream, root + ".debug");

        assertThat(purged)
                .as(EXERCISE.says("only the %d debug messages go", debug))
                .isEqualTo(debug);
        assertThat(jsm.getStreamInfo(stream).getStreamState().getMsgCount())
                .as(EXERCISE.says("the %d error messages stay", errors))
                .isEqualTo(errors);
    }

    @Test
    @DisplayName("4.10 keepNewest purges a subject down to its newest messages")
    void keepNewest(JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("AUDIT");
        String subject = "audit" + random.nextInt(1000) + ".user";
        create(jsm, stream, subject);
        int count = 5 + random.nextInt(5);
        publish(jetStream, subject, count);

        long purged = Purging.keepNewest(jsm, stream, subject, 2);

        assertThat(purged).as(EXERCISE.says("all but the newest two go")).isEqualTo(count - 2);
        assertThat(jsm.getStreamInfo(stream).getStreamState().getFirstSequence())
                .as(EXERCISE.says("the oldest message left is the second newest, #%d", count - 1))
                .isEqualTo(count - 1);
    }

    @Test
    @DisplayName("4.10 a new stream reports first and last sequence 0; after a purge, first = last + 1")
    void sequencesOfNewAndPurgedStreams(
            JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random) throws Exception {
        String stream = resources.stream("LOGS");
        String subject = "logs" + random.nextInt(1000);
        create(jsm, stream, subject + ".>");
        var fresh = jsm.getStreamInfo(stream).getStreamState();
        int count = 2 + random.nextInt(8);
        publish(jetStream, subject + ".app", count);

        Purging.purgeAll(jsm, stream);
        var purged = jsm.getStreamInfo(stream).getStreamState();

        assertThat(fresh.getFirstSequence())
                .as(EXERCISE.says("a stream that never stored anything reports first_seq 0"))
                .isZero();
        assertThat(fresh.getLastSequence())
                .as(EXERCISE.says("a stream that never stored anything reports last_seq 0"))
                .isZero();
        assertThat(purged.getLastSequence())
                .as(EXERCISE.says("a purge keeps last_seq at the last message stored"))
                .isEqualTo(count);
        assertThat(purged.getFirstSequence())
                .as(EXERCISE.says("after the purge first_seq is last_seq + 1, the next message's"))
                .isEqualTo(count + 1);
    }

    private static void create(JetStreamManagement jsm, String name, String subjects) throws Exception {
        jsm.addStream(StreamConfiguration.builder()
                .name(name)
                .subjects(subjects)
                .storageType(StorageType.Memory)
                .build());
    }

    private static void publish(JetStream jetStream, String subject, int count) throws Exception {
        for (int i = 0; i < count; i++) {
            jetStream.publish(subject, ("line " + i).getBytes(StandardCharsets.UTF_8));
        }
    }
}

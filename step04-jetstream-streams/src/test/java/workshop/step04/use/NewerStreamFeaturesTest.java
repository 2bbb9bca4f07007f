package workshop.step04.use;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.nats.client.Connection;
import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.Message;
import io.nats.client.api.PublishAck;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import io.nats.client.api.StreamInfo;
import io.nats.client.impl.Headers;
import io.nats.client.impl.NatsMessage;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServer;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

/**
 * What a server older than a stream feature does with it: it accepts the setting and ignores it, and
 * stores the feature's headers as plain headers. These tests run on every server (the features'
 * exercises, 4.12 to 4.16, are skipped on older ones), call no exercise code, and carry exercise
 * 4.6's id: they are about what a server applies of a stream's configuration.
 */
@NatsServerTest
class NewerStreamFeaturesTest {

    private static final Exercise EXERCISE = Exercise.of("4.6");

    @Test
    @DisplayName(
            "4.6 a server older than 2.11 ignores allow_msg_ttl and stores a Nats-TTL message without a TTL; 2.11 and newer refuse it on a stream without the setting")
    void messageTtl(
            JetStream jetStream, JetStreamManagement jsm, NatsServer server, TestResources resources, Random random)
            throws Exception {
        boolean supported = server.version().atLeast("2.11");
        StreamInfo withTtl = jsm.addStream(memory(resources.stream("TTL"), "ttl" + random.nextInt(1000))
                .allowMessageTtl()
                .build());
        @SuppressWarnings("deprecation") // jnats 2.26.2 deprecates the getter's name, not the setting
        boolean applied = withTtl.getConfiguration().isAllowMessageTtl();
        assertThat(applied)
                .as(EXERCISE.says("allow_msg_ttl is applied on 2.11+ only (this is %s)", server.version()))
                .isEqualTo(supported);

        String subject = "plain" + random.nextInt(1000);
        jsm.addStream(memory(resources.stream("PLAIN"), subject).build());
        Throwable outcome =
                catchThrowable(() -> jetStream.publish(withHeader(subject, "Nats-TTL", "1s", "short-lived?")));
        if (supported) {
            Refusals.assertRefused(
                    EXERCISE,
                    outcome,
                    10166,
                    "2.11+ refuses a TTL the stream does not allow (per-message TTL is disabled)");
        } else {
            assertThat(outcome)
                    .as(EXERCISE.says("%s stores it: for this server Nats-TTL is just a header", server.version()))
                    .isNull();
        }
    }

    @Test
    @DisplayName(
            "4.6 a server older than 2.12 ignores allow_msg_counter and stores each Nats-Incr as a plain message; 2.12 and newer add them up")
    void counters(
            JetStream jetStream, JetStreamManagement jsm, NatsServer server, TestResources resources, Random random)
            throws Exception {
        boolean supported = server.version().atLeast("2.12");
        String stream = resources.stream("COUNT");
        String counter = "count" + random.nextInt(1000);
        StreamInfo created =
                jsm.addStream(memory(stream, counter).allowMessageCounter().build());
        assertThat(created.getConfiguration().getAllowMessageCounter())
                .as(EXERCISE.says("allow_msg_counter is applied on 2.12+ only (this is %s)", server.version()))
                .isEqualTo(supported);

        jetStream.publish(withHeader(counter, Counters.INCREMENT, "+5", ""));
        PublishAck second = jetStream.publish(withHeader(counter, Counters.INCREMENT, "+5", ""));

        if (supported) {
            assertThat(second.getVal())
                    .as(EXERCISE.says("2.12+ adds the increments up"))
                    .isEqualTo("10");
        } else {
            assertThat(second.getVal())
                    .as(EXERCISE.says("%s returns no total", server.version()))
                    .isNull();
            assertThat(jsm.getStreamInfo(stream).getStreamState().getMsgCount())
                    .as(EXERCISE.says("%s keeps both increments as messages, nobody adds them", server.version()))
                    .isEqualTo(2);
        }
    }

    @Test
    @DisplayName(
            "4.6 a server older than 2.12 ignores allow_atomic and stores a failing batch's other messages one by one; 2.12 and newer store none")
    void atomicBatch(
            Connection connection,
            JetStream jetStream,
            JetStreamManagement jsm,
            NatsServer server,
            TestResources resources,
            Random random)
            throws Exception {
        boolean supported = server.version().atLeast("2.12");
        String stream = resources.stream("BATCH");
        String prefix = "batch" + random.nextInt(1000);
        StreamInfo created =
                jsm.addStream(memory(stream, prefix + ".>").allowAtomicPublish().build());
        assertThat(created.getConfiguration().getAllowAtomicPublish())
                .as(EXERCISE.says("allow_atomic is applied on 2.12+ only (this is %s)", server.version()))
                .isEqualTo(supported);

        // a batch of two whose commit has a gap (no message 2): 2.12+ refuses it as incomplete
        // (a message of a batch before the commit goes out as a core publish: 2.12+ answers it with an empty reply, no
        // ack)
        connection.publish(batchMessage(prefix + ".a", "b1", 1, false));
        Throwable commit = catchThrowable(() -> jetStream.publish(batchMessage(prefix + ".b", "b1", 3, true)));

        long stored = jsm.getStreamInfo(stream).getStreamState().getMsgCount();
        if (supported) {
            assertThat(commit)
                    .as(EXERCISE.says("2.12+ refuses an incomplete batch"))
                    .isInstanceOf(JetStreamApiException.class);
            assertThat(stored).as(EXERCISE.says("and stores none of it")).isZero();
        } else {
            assertThat(commit)
                    .as(EXERCISE.says("%s acknowledges the 'commit' like any message", server.version()))
                    .isNull();
            assertThat(stored)
                    .as(EXERCISE.says("%s stored both messages, each on its own", server.version()))
                    .isEqualTo(2);
        }
    }

    @Test
    @DisplayName(
            "4.6 a server older than 2.12 ignores allow_msg_schedules and stores a schedule as a plain message that never fires")
    void schedules(
            JetStream jetStream, JetStreamManagement jsm, NatsServer server, TestResources resources, Random random)
            throws Exception {
        boolean supported = server.version().atLeast("2.12");
        String stream = resources.stream("SCHEDULE");
        String prefix = "schedule" + random.nextInt(1000);
        StreamInfo created = jsm.addStream(
                memory(stream, prefix + ".>").allowMessageSchedules().build());
        assertThat(created.getConfiguration().getAllowMsgSchedules())
                .as(EXERCISE.says("allow_msg_schedules is applied on 2.12+ only (this is %s)", server.version()))
                .isEqualTo(supported);

        // a schedule with a target outside the stream: 2.12+ refuses it, older servers store it as it is
        Headers schedule = new Headers()
                .add(Schedules.SCHEDULE, "@at 2099-01-01T00:00:00Z")
                .add(Schedules.TARGET, "elsewhere." + prefix);
        Throwable outcome = catchThrowable(() -> jetStream.publish(NatsMessage.builder()
                .subject(prefix + ".reminder")
                .headers(schedule)
                .data("later".getBytes(StandardCharsets.UTF_8))
                .build()));
        if (supported) {
            Refusals.assertRefused(
                    EXERCISE,
                    outcome,
                    10190,
                    "2.12+ checks the schedule's target (message schedules target is invalid)");
        } else {
            assertThat(outcome)
                    .as(EXERCISE.says("%s stores the schedule like any message", server.version()))
                    .isNull();
        }
    }

    private static StreamConfiguration.Builder memory(String stream, String subjects) {
        return StreamConfiguration.builder().name(stream).subjects(subjects).storageType(StorageType.Memory);
    }

    private static Message withHeader(String subject, String header, String value, String text) {
        return NatsMessage.builder()
                .subject(subject)
                .headers(new Headers().add(header, value))
                .data(text.getBytes(StandardCharsets.UTF_8))
                .build();
    }

    private static Message batchMessage(String subject, String batchId, int position, boolean commit) {
        Headers headers = new Headers()
                .add(AtomicBatches.BATCH_ID, batchId)
                .add(AtomicBatches.BATCH_SEQUENCE, String.valueOf(position));
        if (commit) {
            headers.add(AtomicBatches.BATCH_COMMIT, "1");
        }
        return NatsMessage.builder()
                .subject(subject)
                .headers(headers)
                .data(subject.getBytes(StandardCharsets.UTF_8))
                .build();
    }
}

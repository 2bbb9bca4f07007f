package workshop.step04.use;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.nats.client.JetStream;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServerTest;
import workshop.testkit.NeedsNatsServer;
import workshop.testkit.TestResources;

/** Exercise 4.17: a mirror follows a stream, a stream gathers others through sources. */
@NatsServerTest
class StreamCopiesTest {

    private static final Exercise EXERCISE = Exercise.of("4.17");

    @Test
    @DisplayName(
            "4.17 a mirror holds the origin's messages under the same sequences, and follows what is published later")
    void mirrorFollows(JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String origin = resources.stream("ORDERS");
        String subject = "orders" + random.nextInt(1000);
        createOrigin(jsm, origin, subject + ".>");
        int before = 1 + random.nextInt(5);
        for (int i = 1; i <= before; i++) {
            jetStream.publish(subject + ".created", ("order " + i).getBytes(StandardCharsets.UTF_8));
        }
        String mirror = resources.stream("ORDERS_COPY");

        StreamCopies.mirror(jsm, mirror, origin);
        assertThat(jsm.getStreamInfo(mirror).getConfiguration().getMirror())
                .as(EXERCISE.says(
                        "stream info shows %s as a mirror of %s (same messages under the same sequences), not a stream"
                                + " with sources",
                        mirror, origin))
                .isNotNull();
        awaitCount(
                jsm,
                mirror,
                before,
                "the mirror copies the %d messages stored before it was created".formatted(before));
        jetStream.publish(subject + ".shipped", "later".getBytes(StandardCharsets.UTF_8));
        awaitCount(jsm, mirror, before + 1, "the mirror follows the message published after it was created");

        for (int seq = 1; seq <= before + 1; seq++) {
            assertThat(jsm.getMessage(mirror, seq).getData())
                    .as(EXERCISE.says("the mirror's #%d is the origin's #%d", seq, seq))
                    .isEqualTo(jsm.getMessage(origin, seq).getData());
        }
    }

    @Test
    @DisplayName("4.17 a stream that sources two others holds the messages of both, in a numbering of its own")
    void sourcesGather(JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String prefix = "sales" + random.nextInt(1000);
        String eu = resources.stream("SALES_EU");
        String us = resources.stream("SALES_US");
        createOrigin(jsm, eu, prefix + ".eu.>");
        createOrigin(jsm, us, prefix + ".us.>");
        int fromEu = 1 + random.nextInt(4);
        int fromUs = 1 + random.nextInt(4);
        Set<String> published = new HashSet<>();
        for (int i = 1; i <= fromEu; i++) {
            published.add(publish(jetStream, prefix + ".eu.sale", "eu " + i));
        }
        for (int i = 1; i <= fromUs; i++) {
            published.add(publish(jetStream, prefix + ".us.sale", "us " + i));
        }
        String global = resources.stream("SALES");

        StreamCopies.gather(jsm, global, eu, us);
        awaitCount(jsm, global, fromEu + fromUs, "the stream gathers %d + %d messages".formatted(fromEu, fromUs));

        Set<String> gathered = new HashSet<>();
        for (int seq = 1; seq <= fromEu + fromUs; seq++) {
            gathered.add(new String(jsm.getMessage(global, seq).getData(), StandardCharsets.UTF_8));
        }
        assertThat(gathered)
                .as(EXERCISE.says("sequences 1 to %d hold every message of both origins", fromEu + fromUs))
                .isEqualTo(published);
    }

    @Test
    @NeedsNatsServer("2.10")
    @DisplayName("4.17 a source with a subject transform stores the origin's messages under new subjects (2.10+)")
    void sourceWithTransform(JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String prefix = "sensors" + random.nextInt(1000);
        String origin = resources.stream("SENSORS");
        createOrigin(jsm, origin, prefix + ".*");
        String sensor = "s" + random.nextInt(100);
        publish(jetStream, prefix + "." + sensor, "21.5");
        String archive = resources.stream("ARCHIVE");

        StreamCopies.gatherRenamed(jsm, archive, origin, prefix + ".*", "archive." + prefix + ".{{wildcard(1)}}");
        awaitCount(jsm, archive, 1, "the archive gathers the reading");

        assertThat(jsm.getMessage(archive, 1).getSubject())
                .as(EXERCISE.says("%s.%s is stored as archive.%s.%s", prefix, sensor, prefix, sensor))
                .isEqualTo("archive." + prefix + "." + sensor);
    }

    private static void createOrigin(JetStreamManagement jsm, String stream, String subjects) throws Exception {
        jsm.addStream(StreamConfiguration.builder()
                .name(stream)
                .subjects(subjects)
                .storageType(StorageType.Memory)
                .build());
    }

    private static String publish(JetStream jetStream, String subject, String text) throws Exception {
        jetStream.publish(subject, text.getBytes(StandardCharsets.UTF_8));
        return text;
    }

    private static void awaitCount(JetStreamManagement jsm, String stream, long count, String what) {
        await().alias(EXERCISE.says(what))
                .atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> jsm.getStreamInfo(stream).getStreamState().getMsgCount() == count);
    }
}

package workshop.step04.use;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.nats.client.Connection;
import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.Message;
import io.nats.client.api.CompressionOption;
import io.nats.client.api.DiscardPolicy;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import io.nats.client.api.StreamInfo;
import io.nats.client.api.SubjectTransform;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServer;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

/** Exercises 4.6 and 4.8: the server's rules for streams that the lesson quotes, checked on the server the tests run against. */
@NatsServerTest
class StreamRulesTest {

    private static final Exercise ADMIN = Exercise.of("4.6");
    private static final Exercise LIMITS = Exercise.of("4.8");

    @Test
    @DisplayName(
            "4.6 the server refuses overlapping subjects [10065], a changed configuration through addStream [10058] and maxAge below 100 ms [10052]")
    void configurationRefusals(JetStreamManagement jsm, TestResources resources, Random random) throws Exception {
        String first = resources.stream("ORDERS");
        String root = "orders" + random.nextInt(1000);
        StreamAdmin.create(jsm, first, StorageType.Memory, root + ".>");

        String second = resources.stream("EU");
        assertThat(apiError(() ->
                        jsm.addStream(memory(second).subjects(root + ".eu").build())))
                .as(ADMIN.says("a second stream on %s.eu, inside the first stream's %s.>, is refused", root, root))
                .isEqualTo("10065 subjects overlap with an existing stream");
        assertThat(apiError(() -> jsm.addStream(
                        memory(first).subjects(root + ".>", "other" + root).build())))
                .as(
                        ADMIN.says(
                                "addStream with an existing name but other subjects is refused: changing a stream takes updateStream"))
                .isEqualTo("10058 stream name already in use with a different configuration");
        String tooShort = resources.stream("BRIEF");
        assertThat(apiError(() -> jsm.addStream(memory(tooShort)
                        .subjects("brief" + root)
                        .maxAge(Duration.ofMillis(50))
                        .build())))
                .as(ADMIN.says("a stream with maxAge 50 ms is refused: below the server's 100 ms minimum"))
                .isEqualTo("10052 max age needs to be >= 100ms");
    }

    @Test
    @DisplayName(
            "4.6 a stream name with a slash is refused by jnats before it asks, and by the server [10128] when asked")
    void pathSeparatorsInNames(Connection connection, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String root = "paths" + random.nextInt(1000);
        StreamAdmin.create(jsm, resources.stream("PATHS"), StorageType.Memory, root + ".ok");

        Throwable byJnats = catchThrowable(() -> StreamAdmin.create(jsm, "A/" + root, StorageType.Memory, root + ".a"));
        assertThat(byJnats)
                .as(ADMIN.says("jnats 2.26 refuses a stream name with a slash itself, before it asks the server"))
                .isInstanceOf(IllegalArgumentException.class);

        // Asked directly, without jnats' check: the JetStream API is plain request/reply with JSON.
        String json = "{\"name\":\"A/" + root + "\",\"subjects\":[\"" + root + ".b\"],\"storage\":\"memory\"}";
        Message answer = connection.request(
                "$JS.API.STREAM.CREATE.A/" + root, json.getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(2));
        assertThat(answer)
                .as(ADMIN.says("the server answers a stream create request"))
                .isNotNull();
        assertThat(new String(answer.getData(), StandardCharsets.UTF_8))
                .as(ADMIN.says("the server refuses a stream name with a slash itself, with 10128"))
                .contains("10128")
                .containsIgnoringCase("can not contain path separators");
    }

    @Test
    @DisplayName(
            "4.8 discard new refuses by bytes with the same code as by count [10077], and a message over maxMsgSize with 10054")
    void bytesAndSizeRefusals(JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("BLOBS");
        String subject = "blobs" + random.nextInt(1000);
        jsm.addStream(memory(stream)
                .subjects(subject + ".>")
                .discardPolicy(DiscardPolicy.New)
                .maxBytes(200)
                .maxMsgSize(150)
                .build());

        assertThat(StreamLimits.tryPublish(jetStream, subject + ".a", "x".repeat(100)))
                .as(LIMITS.says("100 bytes fit"))
                .isEqualTo(new PublishOutcome.Stored(stream, 1));
        assertThat(StreamLimits.tryPublish(jetStream, subject + ".b", "y".repeat(151)))
                .as(LIMITS.says("151 bytes are over maxMsgSize 150"))
                .isEqualTo(new PublishOutcome.Rejected(10054, "message size exceeds maximum allowed"));
        assertThat(StreamLimits.tryPublish(jetStream, subject + ".c", "z".repeat(120)))
                .as(LIMITS.says("another 120 bytes would take the stream over maxBytes 200"))
                .isEqualTo(new PublishOutcome.Rejected(10077, "maximum bytes exceeded"));
    }

    @Test
    @DisplayName(
            "4.6 nats-server 2.9 accepts 2.10's metadata, compression and subject transform and silently ignores them; 2.10 and newer apply them")
    void newerSettingsOnOlderServers(JetStreamManagement jsm, NatsServer server, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("NEWER");
        String subject = "newer" + random.nextInt(1000);
        StreamInfo created = jsm.addStream(StreamConfiguration.builder()
                .name(stream)
                .subjects(subject + ".>")
                .storageType(StorageType.File)
                .metadata(Map.of("owner", "team-" + subject))
                .compressionOption(CompressionOption.S2)
                .subjectTransform(SubjectTransform.builder()
                        .source(subject + ".>")
                        .destination("moved." + subject + ".>")
                        .build())
                .build());
        StreamConfiguration applied = created.getConfiguration();

        if (server.version().atLeast("2.10.0")) {
            assertThat(applied.getMetadata())
                    .as(ADMIN.says("nats-server %s keeps the metadata", server.version()))
                    .containsEntry("owner", "team-" + subject);
            assertThat(applied.getCompressionOption())
                    .as(ADMIN.says("nats-server %s compresses", server.version()))
                    .isEqualTo(CompressionOption.S2);
            assertThat(applied.getSubjectTransform())
                    .as(ADMIN.says("nats-server %s transforms subjects", server.version()))
                    .isNotNull();
        } else {
            assertThat(applied.getMetadata())
                    .as(ADMIN.says("nats-server %s answers 'created' without the metadata", server.version()))
                    .satisfiesAnyOf(
                            metadata -> assertThat(metadata).isNull(),
                            metadata -> assertThat(metadata).isEmpty());
            assertThat(applied.getCompressionOption())
                    .as(ADMIN.says("nats-server %s: no compression", server.version()))
                    .isEqualTo(CompressionOption.None);
            assertThat(applied.getSubjectTransform())
                    .as(ADMIN.says("nats-server %s: no subject transform", server.version()))
                    .isNull();
        }
    }

    private static StreamConfiguration.Builder memory(String name) {
        return StreamConfiguration.builder().name(name).storageType(StorageType.Memory);
    }

    /** The server's refusal as "code description", or a note that there was none. */
    private static String apiError(ThrowingCall call) {
        try {
            call.run();
            return "no error: the server accepted it";
        } catch (JetStreamApiException e) {
            return e.getApiErrorCode() + " " + e.getErrorDescription();
        } catch (Exception e) {
            return "not a JetStream API error: " + e;
        }
    }

    @FunctionalInterface
    private interface ThrowingCall {
        void run() throws Exception;
    }
}

package workshop.step08.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.nats.client.Connection;
import io.nats.client.Message;
import io.nats.client.Nats;
import io.nats.client.Subscription;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.step08.server.BrokerOptions;
import workshop.step08.support.TestBroker;
import workshop.testkit.Exercise;
import workshop.testkit.LocalNatsServer;
import workshop.testkit.SeededRandomResolver;
import workshop.testkit.ServerAssumptions;
import workshop.testkit.ServerSettings;
import workshop.testkit.ServerSource;

/** Exercise 8.10: subject mappings put keys into the same partitions as nats-server. */
@ExtendWith(SeededRandomResolver.class)
// The simplest first: the hash, then known mappings, then the comparison with nats-server, so the first failure is
// the most specific one.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SubjectMappingTest {

    private static final Exercise EXERCISE = Exercise.of("8.10");
    private static final String SOURCE = "orders.*.*";
    private static final String DESTINATION = "part.{{partition(5,1,2)}}.{{wildcard(1)}}.{{wildcard(2)}}";
    private static final Duration WAIT = Duration.ofSeconds(2);

    @Test
    @Order(1)
    @DisplayName("8.10 hashes with FNV-1a 32 bit: known values, taken unsigned, modulo the partitions")
    void fnv1a() {
        // FNV-1a of "" is the offset basis 2166136261; of "a" 0xE40C292C; of "foobar" 0xBF9CF968; of the one byte
        // 0xE9 ("é" in ISO-8859-1, as the broker reads a subject's bytes) 0x6C0B6C44
        Map<String, Long> hashes = new LinkedHashMap<>();
        hashes.put("", 2166136261L);
        hashes.put("a", 0xE40C292CL);
        hashes.put("foobar", 0xBF9CF968L);
        hashes.put("\u00e9", 0x6C0B6C44L);
        hashes.forEach((key, hash) -> assertThat(SubjectMapping.partition(key, 1_000_000_007))
                .as(EXERCISE.says(
                        "partition(\"%s\", 1000000007): FNV-1a 32 bit is, for each byte taken as 0 to 255, xor, then"
                                + " multiply; the hash taken unsigned, modulo the partitions",
                        key))
                .isEqualTo((int) (hash % 1_000_000_007)));
    }

    @Test
    @Order(2)
    @DisplayName("8.10 maps subjects with wildcard() and partition() as nats-server 2.9.10 did for these keys")
    void knownPartitions() {
        SubjectMapping mapping = SubjectMapping.of(SOURCE, DESTINATION);
        // measured on nats-server 2.9.10 with the mapping above
        Map<String, String> expected = Map.of(
                "orders.eu.42", "part.3.eu.42",
                "orders.us.7", "part.2.us.7",
                "orders.ap.123", "part.1.ap.123",
                "orders.x.y", "part.2.x.y",
                "orders.abc.def", "part.1.abc.def");
        expected.forEach((subject, mapped) -> assertThat(mapping.apply(subject))
                .as(EXERCISE.says(
                        "%s mapped by %s (a partition's key is the selected wildcard tokens, joined with nothing"
                                + " between them)",
                        subject, DESTINATION))
                .isEqualTo(mapped));
        assertThat(mapping.apply("orders.eu"))
                .as(EXERCISE.says("a subject the source does not match"))
                .isNull();
        assertThat(mapping.apply("invoices.eu.42"))
                .as(EXERCISE.says("a subject the source does not match"))
                .isNull();
        assertThat(SubjectMapping.of("a.*.*", "b.{{wildcard(2)}}.{{wildcard(1)}}")
                        .apply("a.x.y"))
                .as(EXERCISE.says("wildcards reordered"))
                .isEqualTo("b.y.x");
    }

    @Test
    @Order(3)
    @DisplayName("8.10 puts random keys into the same partitions as a real nats-server, through the broker")
    void agreesWithNatsServer(Random random) throws Exception {
        List<String> subjects = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            subjects.add(
                    "orders." + Long.toString(random.nextLong() & Long.MAX_VALUE, 36) + "." + random.nextInt(100_000));
        }
        Map<String, String> ours = new LinkedHashMap<>();
        SubjectMapping mapping = SubjectMapping.of(SOURCE, DESTINATION);
        for (String subject : subjects) {
            ours.put(subject, mapping.apply(subject));
        }

        try (TestBroker broker =
                TestBroker.start(EXERCISE, BrokerOptions.defaults().withMappings(List.of(mapping)))) {
            assertThat(routedBy(broker.url(), subjects))
                    .as(broker.describe("where the broker routes 40 random subjects"))
                    .isEqualTo(ours);
        }

        ServerSource.LocalBinary binary =
                ServerAssumptions.assumeLocalBinary("comparing with nats-server (started with a mappings file)");
        Path config = Files.createTempFile("nats-mapping-", ".conf");
        Files.writeString(config, "mappings = {\n  \"" + SOURCE + "\": \"" + DESTINATION + "\"\n}\n");
        try (LocalNatsServer server = LocalNatsServer.start(
                binary, ServerSettings.fresh("mapping").withArguments(List.of("-c", config.toString())))) {
            assertThat(routedBy(server.url(), subjects))
                    .as(EXERCISE.says("nats-server's partitions for the same subjects"))
                    .isEqualTo(ours);
        } finally {
            Files.deleteIfExists(config);
        }
    }

    /** Publishes each subject and returns the subject it arrived on. */
    private static Map<String, String> routedBy(String url, List<String> subjects) throws Exception {
        Map<String, String> routed = new LinkedHashMap<>();
        try (Connection nc = Nats.connect(new io.nats.client.Options.Builder()
                .server(url)
                .maxReconnects(0)
                .build())) {
            Subscription all = nc.subscribe("part.>");
            nc.flush(WAIT);
            for (String subject : subjects) {
                nc.publish(subject, new byte[0]);
                Message message = all.nextMessage(WAIT);
                routed.put(subject, message == null ? "(nothing arrived)" : message.getSubject());
            }
        }
        return routed;
    }
}

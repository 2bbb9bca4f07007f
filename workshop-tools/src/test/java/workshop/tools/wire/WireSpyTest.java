package workshop.tools.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.nats.client.Connection;
import io.nats.client.JetStream;
import io.nats.client.JetStreamManagement;
import io.nats.client.JetStreamSubscription;
import io.nats.client.KeyValue;
import io.nats.client.Message;
import io.nats.client.Nats;
import io.nats.client.Options;
import io.nats.client.PullSubscribeOptions;
import io.nats.client.Subscription;
import io.nats.client.api.AckPolicy;
import io.nats.client.api.ConsumerConfiguration;
import io.nats.client.api.KeyValueConfiguration;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import io.nats.client.impl.Headers;
import io.nats.client.impl.NatsMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spy between jnats and a real nats-server on loopback: every frame of both directions parsed
 * and named, the bytes forwarded unchanged (a payload bigger than one read included).
 */
class WireSpyTest {

    @TempDir
    static Path folder;

    private static NatsServerProcess server;
    private static WireSpy spy;
    private static final List<WireEvent> events = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void serverAndSpy() throws Exception {
        var binary = NatsServerProcess.binary();
        assumeTrue(binary.isPresent(), "a nats-server binary (NATS_SERVER_PATH, the PATH or /usr/sbin)");
        server = NatsServerProcess.start(binary.get(), folder.resolve("store"));
        spy = new WireSpy(0, server.address(), events::add);
    }

    @AfterAll
    static void stop() throws Exception {
        if (spy != null) {
            spy.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void forget() {
        events.clear();
    }

    private static Connection connect() throws Exception {
        return Nats.connect(new Options.Builder()
                .server(spy.url())
                .connectionTimeout(Duration.ofSeconds(5))
                .userInfo("ann", "s3cret-pass")
                .build());
    }

    /** The described lines so far, in each direction. */
    private static List<String> lines(Direction direction) {
        return events.stream()
                .filter(e -> e.direction() == direction)
                .map(WireEvent::text)
                .toList();
    }

    private static void awaitLine(Direction direction, String part) {
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(lines(direction)).anyMatch(line -> line.contains(part)));
    }

    @Test
    @DisplayName(
            "core NATS through the spy: INFO and CONNECT (password masked), SUB, PUB with headers, MSG, a request with no responders, PING/PONG")
    void core() throws Exception {
        try (Connection nats = connect()) {
            Subscription subscription = nats.subscribe("orders.*");
            Headers headers = new Headers().add("Trace-Id", "t-1");
            nats.publish(NatsMessage.builder()
                    .subject("orders.new")
                    .headers(headers)
                    .data("hello", StandardCharsets.UTF_8)
                    .build());
            Message received = subscription.nextMessage(Duration.ofSeconds(5));
            assertThat(received.getData()).isEqualTo("hello".getBytes(StandardCharsets.UTF_8));
            try {
                nats.requestWithTimeout("nobody.listens", new byte[0], Duration.ofSeconds(2))
                        .get();
            } catch (java.util.concurrent.ExecutionException
                    | java.util.concurrent.CancellationException noResponders) {
                // jnats ends the request exceptionally on the 503: what the spy shows is the point here
            }
        }
        awaitLine(Direction.SERVER_TO_CLIENT, "no responders");
        assertThat(lines(Direction.SERVER_TO_CLIENT))
                .anyMatch(l -> l.startsWith("INFO version=") && l.contains("jetstream=true"))
                .anyMatch(l ->
                        l.startsWith("HMSG orders.new ") && l.contains("[Trace-Id: t-1]") && l.endsWith("\"hello\""))
                .anyMatch(l -> l.equals("PONG"));
        assertThat(lines(Direction.CLIENT_TO_SERVER))
                .anyMatch(l -> l.startsWith("CONNECT ") && l.contains("user=ann") && l.contains("pass=***"))
                .noneMatch(l -> l.contains("s3cret"))
                .anyMatch(l -> l.startsWith("SUB orders.* "))
                .anyMatch(l -> l.startsWith("HPUB orders.new ") && l.contains("[Trace-Id: t-1]"))
                .anyMatch(l -> l.startsWith("PUB nobody.listens _INBOX.") && l.contains("request"))
                .anyMatch(l -> l.startsWith("PING"));
        assertThat(events)
                .filteredOn(WireEvent::isNote)
                .extracting(WireEvent::text)
                .anyMatch(t -> t.contains("connected"));
    }

    @Test
    @DisplayName(
            "JetStream through the spy: stream create, publish ack, consumer create, pull request with batch and expiry, +ACK, -NAK, +WPI, +TERM, KV put")
    void jetStream() throws Exception {
        try (Connection nats = connect()) {
            JetStreamManagement jsm = nats.jetStreamManagement();
            jsm.addStream(StreamConfiguration.builder()
                    .name("ORDERS")
                    .subjects("orders.>")
                    .storageType(StorageType.Memory)
                    .build());
            JetStream js = nats.jetStream();
            for (int i = 1; i <= 4; i++) {
                js.publish("orders.new", ("o-" + i).getBytes(StandardCharsets.UTF_8));
            }
            JetStreamSubscription pull = js.subscribe(
                    "orders.>",
                    PullSubscribeOptions.builder()
                            .configuration(ConsumerConfiguration.builder()
                                    .durable("work")
                                    .ackPolicy(AckPolicy.Explicit)
                                    .build())
                            .build());
            List<Message> batch = pull.fetch(4, Duration.ofSeconds(5));
            assertThat(batch).hasSize(4);
            batch.get(0).ack();
            batch.get(1).nak();
            batch.get(2).inProgress();
            batch.get(3).term();
            nats.flush(Duration.ofSeconds(5));

            KeyValue prefs = nats.keyValueManagement()
                                    .create(KeyValueConfiguration.builder()
                                            .name("prefs")
                                            .storageType(StorageType.Memory)
                                            .build())
                            != null
                    ? nats.keyValue("prefs")
                    : null;
            prefs.put("theme", "dark");
            assertThat(prefs.get("theme").getValueAsString()).isEqualTo("dark");
        }
        List<String> out = lines(Direction.CLIENT_TO_SERVER);
        List<String> in = lines(Direction.SERVER_TO_CLIENT);
        assertThat(out)
                .anyMatch(l -> l.contains("[JetStream API: create stream ORDERS (subjects orders.>)]"))
                .anyMatch(l -> l.contains("create") && l.contains("consumer work on stream ORDERS (pull, ack explicit"))
                .anyMatch(l -> l.contains("pull request to consumer work of stream ORDERS: batch 4, expires in"))
                .anyMatch(l -> l.contains("[ack +ACK for stream ORDERS seq 1"))
                .anyMatch(l -> l.contains("nak -NAK for stream ORDERS seq 2"))
                .anyMatch(l -> l.contains("in progress +WPI for stream ORDERS seq 3"))
                .anyMatch(l -> l.contains("term +TERM for stream ORDERS seq 4"))
                .anyMatch(l -> l.contains("KV put prefs theme"))
                .anyMatch(l -> l.contains("KV get prefs theme"));
        assertThat(in)
                .anyMatch(l -> l.contains("[stream create response]"))
                .anyMatch(l -> l.contains("[publish ack: stored in stream ORDERS as seq 1]"))
                .anyMatch(l -> l.contains("[publish ack: stored in stream KV_prefs as seq 1]"))
                .anyMatch(l -> l.contains(
                        "JetStream message, stream ORDERS seq 4, consumer work seq 4, first delivery, 0 pending"));
    }

    @Test
    @DisplayName("a payload bigger than one read is one frame each way, forwarded byte for byte")
    void bigPayload() throws Exception {
        byte[] payload = new byte[400_000];
        new Random(16).nextBytes(payload);
        try (Connection nats = connect()) {
            Subscription subscription = nats.subscribe("big");
            nats.publish("big", payload);
            assertThat(subscription.nextMessage(Duration.ofSeconds(5)).getData())
                    .isEqualTo(payload);
        }
        assertThat(events)
                .filteredOn(e -> e.frame() != null && e.frame().subject().equals("big"))
                .extracting(e ->
                        e.direction() + " " + e.frame().op() + " " + e.frame().payload().length)
                .containsExactly("CLIENT_TO_SERVER PUB 400000", "SERVER_TO_CLIENT MSG 400000");
    }

    @Test
    @DisplayName("a URL names the server to forward to, with or without scheme, credentials and port")
    void addresses() {
        assertThat(WireSpy.address("nats://127.0.0.1:4333")).hasToString("127.0.0.1/<unresolved>:4333");
        assertThat(WireSpy.address("nats://ann:pw@localhost").getPort()).isEqualTo(4222);
        assertThat(WireSpy.address("localhost:5222,nats://other:4222").getHostString())
                .isEqualTo("localhost");
    }
}

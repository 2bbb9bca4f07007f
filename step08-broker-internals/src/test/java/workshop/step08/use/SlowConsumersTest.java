package workshop.step08.use;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.nats.client.Connection;
import io.nats.client.Dispatcher;
import io.nats.client.Nats;
import io.nats.client.Options;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.given.Json;
import workshop.testkit.ConfiguredNatsServer;
import workshop.testkit.Exercise;
import workshop.testkit.SeededRandomResolver;

/** Exercise 8.13: a slow consumer, seen by jnats (pending limits, the error listener) and by nats-server. */
@ExtendWith(SeededRandomResolver.class)
class SlowConsumersTest {

    private static final Exercise EXERCISE = Exercise.of("8.13");
    private static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    @DisplayName(
            "8.13 past its pending limit a blocked subscription drops messages, and the error listener hears of it")
    void clientSide(Random random) throws Exception {
        int limit = 5 + random.nextInt(10);
        int extra = 3 + random.nextInt(10);
        String subject = "ticks" + random.nextInt(1000);
        SlowConsumers.SlowConsumerAlarm alarm = new SlowConsumers.SlowConsumerAlarm();
        try (ConfiguredNatsServer server = ConfiguredNatsServer.builder("slow-client")
                        .withoutJetStream()
                        .start();
                Connection connection = Nats.connect(new Options.Builder()
                        .server(server.url())
                        .errorListener(alarm)
                        .connectionTimeout(WAIT)
                        .noReconnect()
                        .build())) {
            CountDownLatch handling = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Dispatcher dispatcher = connection.createDispatcher(message -> {
                handling.countDown();
                release.await(10, TimeUnit.SECONDS); // the handler is stuck: nothing more is handled
            });
            dispatcher.subscribe(subject);
            SlowConsumers.limitPending(dispatcher, limit);
            try {
                connection.publish(subject, bytes("the one in the handler"));
                assertThat(handling.await(5, TimeUnit.SECONDS))
                        .as("the handler got the first message")
                        .isTrue();
                for (int i = 0; i < limit + extra; i++) {
                    connection.publish(subject, bytes("tick " + i));
                }
                connection.flush(WAIT); // every tick came back from the server before the PONG

                await().alias(EXERCISE.says(
                                "%d messages wait behind the stuck handler; with a pending limit of %d messages"
                                        + " jnats drops %d and the error listener's slowConsumerDetected gets the"
                                        + " dispatcher",
                                limit + extra, limit, extra))
                        .atMost(WAIT)
                        .until(() -> alarm.slowConsumers().contains(dispatcher));
                assertThat(dispatcher.getPendingMessageCount())
                        .as(EXERCISE.says("the dispatcher holds exactly its pending limit, %d messages", limit))
                        .isEqualTo(limit);
                assertThat(alarm.droppedSoFar())
                        .as(EXERCISE.says(
                                "droppedSoFar adds up getDroppedCount of the slow consumers: %d dropped", extra))
                        .isEqualTo(extra);
                assertThat(alarm.slowConsumers())
                        .as(EXERCISE.says("each slow consumer is reported once"))
                        .containsExactly(dispatcher);
            } finally {
                release.countDown();
            }
        }
    }

    @Test
    @DisplayName("8.13 nats-server closes a client that stops reading once max_pending bytes wait for it")
    void serverSide(Random random) throws Exception {
        // at least max_payload (1 MB by default): nats-server refuses a smaller max_pending
        long maxPending = 1024 * 1024 + random.nextInt(1024 * 1024);
        Duration writeDeadline = Duration.ofMillis(500);
        String subject = "firehose" + random.nextInt(1000);
        try (ConfiguredNatsServer server = ConfiguredNatsServer.builder("slow-server")
                        .withoutJetStream()
                        .monitoring()
                        .config(SlowConsumers.serverLimits(maxPending, writeDeadline))
                        .start();
                Socket stalled = stalledSubscriber(server, subject);
                Connection publisher = Nats.connect(new Options.Builder()
                        .server(server.url())
                        .connectionTimeout(WAIT)
                        .noReconnect()
                        .build())) {
            byte[] payload = new byte[4096];
            random.nextBytes(payload);
            Optional<String> detected = Optional.empty();
            // publish until the server gives up on the subscriber that never reads: the kernel's socket
            // buffers take a few megabytes first, then max_pending fills (at most 256 MB, then fail)
            for (int round = 0; round < 1000 && detected.isEmpty(); round++) {
                for (int i = 0; i < 64; i++) {
                    publisher.publish(subject, payload);
                }
                publisher.flush(Duration.ofSeconds(10)); // 2.9.10 stalls a publisher while its subscriber lags
                detected = server.awaitLogLine("Slow Consumer Detected", false, Duration.ZERO);
            }
            assertThat(detected)
                    .as(EXERCISE.says(
                            "with max_pending %d and write_deadline %s the server closes the client that never reads"
                                    + " and logs \"Slow Consumer Detected\"; the configuration was:%n%s",
                            maxPending, writeDeadline, SlowConsumers.serverLimits(maxPending, writeDeadline)))
                    .isPresent();
            await().alias(EXERCISE.says("/connz?state=closed gives the closed client's reason"))
                    .atMost(WAIT)
                    .until(() -> closedReason(server).isPresent());
            String reason = closedReason(server).orElseThrow();
            // which limit strikes first depends on the server's version and the machine: either is a slow consumer
            assertThat(reason)
                    .as(EXERCISE.says("/connz?state=closed says the client was closed as a slow consumer"))
                    .isIn("Slow Consumer (Pending Bytes)", "Slow Consumer (Write Deadline)");
        }
    }

    /** A client that subscribes and then never reads again: its socket fills up on the server's side. */
    private static Socket stalledSubscriber(ConfiguredNatsServer server, String subject) throws IOException {
        URI url = URI.create(server.url());
        Socket socket = new Socket();
        socket.setReceiveBufferSize(4096); // a small window, so the server's side fills sooner
        socket.connect(new java.net.InetSocketAddress(url.getHost(), url.getPort()), 2000);
        socket.setSoTimeout(2000);
        OutputStream out = socket.getOutputStream();
        out.write(("CONNECT {\"verbose\":false,\"name\":\"stalled\"}\r\nSUB " + subject + " 1\r\nPING\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = socket.getInputStream();
        StringBuilder seen = new StringBuilder();
        while (!seen.toString().contains("PONG")) { // the SUB is in place once the PONG comes
            int b = in.read();
            if (b < 0) {
                throw new IOException("nats-server closed the connection before its PONG: " + seen);
            }
            seen.append((char) b);
        }
        return socket;
    }

    private static Optional<String> closedReason(ConfiguredNatsServer server) throws Exception {
        String body = server.monitor("/connz?state=closed");
        for (Object each :
                (java.util.List<?>) Json.parseObject(body).getOrDefault("connections", java.util.List.of())) {
            java.util.Map<?, ?> connection = (java.util.Map<?, ?>) each;
            if ("stalled".equals(connection.get("name"))) {
                return Optional.ofNullable((String) connection.get("reason"));
            }
        }
        return Optional.empty();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

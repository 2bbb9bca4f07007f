package workshop.step09.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import io.nats.client.Connection;
import io.nats.client.JetStreamManagement;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.step09.bus.EventBus;
import workshop.step09.bus.ListenerSettings;
import workshop.step09.events.EventCodec;
import workshop.step09.events.EventType;
import workshop.step09.events.OrderCreated;
import workshop.step09.runtime.RunningService;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServer;
import workshop.testkit.NatsServerTest;
import workshop.testkit.ServerAssumptions;
import workshop.testkit.TestResources;
import workshop.testkit.WrittenClass;

/**
 * Exercise 9.16: the payments program, a class the learner writes whole. In process first (connect,
 * start, health, close), then as a real process stopped with SIGTERM.
 */
@NatsServerTest
class PaymentsProgramTest {

    private static final Exercise EXERCISE = Exercise.of("9.16");
    private static final String CLASS = "workshop.step09.payments.PaymentsProgram";
    private static final ListenerSettings SETTINGS =
            new ListenerSettings(Duration.ofSeconds(5), 3, Duration.ofMillis(100));
    private static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    @DisplayName("9.16 the program starts payments on its own connection, answers /health, and charges an order")
    void runs(NatsServer server, Connection connection, TestResources resources, Random random) throws Exception {
        EventBus bus = new EventBus(
                resources.stream("TICKETING"), "ticketing" + random.nextInt(100_000), Duration.ofMinutes(1));
        try (RunningService program =
                WrittenClass.instantiate(EXERCISE, CLASS, RunningService.class, server.url(), 0, bus, SETTINGS)) {
            HttpResponse<String> health = get(program.healthPort());
            assertThat(health.statusCode())
                    .as(EXERCISE.says("/health answers 200 once the service runs: %s", health.body()))
                    .isEqualTo(200);
            assertThat(health.body())
                    .as(EXERCISE.says("the health body names the service and its connection"))
                    .contains("\"service\":\"payments\"", "\"connection\":\"CONNECTED\"");

            var order = new OrderCreated(
                    "o" + random.nextInt(1000),
                    "t1",
                    "buyer",
                    2500,
                    Instant.now().plusSeconds(60),
                    0);
            connection.jetStream().publish(bus.subjectOf(EventType.ORDER_CREATED), new EventCodec().encode(order));
            PaymentsService payments = (PaymentsService) program.service();
            await().alias(EXERCISE.says("the started service listens: it learns of the order"))
                    .atMost(WAIT)
                    .until(() -> payments.find(order.orderId()).isPresent());
            assertThat(payments.charge(order.orderId()).orderId())
                    .as(EXERCISE.says("and charges it"))
                    .isEqualTo(order.orderId());
        }
    }

    @Test
    @DisplayName("9.16 close() stops it: the health endpoint is gone and a second close does nothing")
    void closes(NatsServer server, TestResources resources, Random random) throws Exception {
        EventBus bus = new EventBus(
                resources.stream("TICKETING"), "ticketing" + random.nextInt(100_000), Duration.ofMinutes(1));
        RunningService program =
                WrittenClass.instantiate(EXERCISE, CLASS, RunningService.class, server.url(), 0, bus, SETTINGS);
        int port = program.healthPort();
        program.close();

        assertThat(catchThrowable(() -> get(port)))
                .as(EXERCISE.says("after close() nothing answers on the health port %d: close the endpoint too", port))
                .isNotNull();
        assertThat(catchThrowable(program::close))
                .as(EXERCISE.says("closing twice (a shutdown hook after a close) is no error"))
                .isNull();
    }

    @Test
    @DisplayName("9.16 as a process, SIGTERM stops it cleanly: the service stops, the connection drains and closes")
    void sigterm(NatsServer server, JetStreamManagement management) throws Exception {
        ServerAssumptions.assumeRestartable(
                server, "running the payments program as a process (on the standard stream TICKETING)");
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        CLASS)
                .redirectErrorStream(true)
                .start();
        var handle = process.toHandle();
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = Thread.ofVirtual().start(() -> {
            try (var in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (java.io.IOException e) {
                lines.add("(output ended: " + e + ")");
            }
        });
        try {
            await().alias(EXERCISE.says("the program says it runs (main prints \"running against\"): %s", lines))
                    .atMost(Duration.ofSeconds(15))
                    .until(() ->
                            lines.stream().anyMatch(line -> line.contains("running against")) || !process.isAlive());
            process.destroy(); // SIGTERM, as Ctrl-C, docker stop or a Kubernetes rollout send
            assertThat(process.waitFor(15, TimeUnit.SECONDS))
                    .as(EXERCISE.says(
                            "on SIGTERM the program ends: its shutdown hook closes it; it is still running: %s", lines))
                    .isTrue();
            reader.join(Duration.ofSeconds(5));
            assertThat(lines)
                    .as(EXERCISE.says(
                            "its shutdown hook closed it: the connection was drained and closed (the connection"
                                    + " listener says CLOSED)"))
                    .contains("[payments] connection CLOSED");
        } finally {
            handle.destroyForcibly();
            try {
                management.deleteStream("TICKETING");
            } catch (io.nats.client.JetStreamApiException gone) {
                // the program never made it
            }
        }
    }

    private static HttpResponse<String> get(int port) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                            .timeout(Duration.ofSeconds(3))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}

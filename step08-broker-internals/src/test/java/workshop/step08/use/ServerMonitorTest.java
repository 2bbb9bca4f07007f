package workshop.step08.use;

import static org.assertj.core.api.Assertions.assertThat;

import io.nats.client.Connection;
import io.nats.client.Nats;
import io.nats.client.Options;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.testkit.ConfiguredNatsServer;
import workshop.testkit.Exercise;
import workshop.testkit.SeededRandomResolver;

/** Exercise 8.11: a client found on nats-server's monitoring port, /varz, /connz and /healthz. */
@ExtendWith(SeededRandomResolver.class)
class ServerMonitorTest {

    private static final Exercise EXERCISE = Exercise.of("8.11");

    private static ConfiguredNatsServer server;

    @BeforeAll
    static void startServer() {
        server = ConfiguredNatsServer.builder("monitored").monitoring().start();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @DisplayName("8.11 summary() reads the server's name, version and connections from /varz")
    void summary() throws Exception {
        ServerMonitor monitor = new ServerMonitor(server.monitoringUrl());
        try (Connection first = connect("first");
                Connection second = connect("second")) {
            ServerMonitor.ServerSummary summary = monitor.summary();

            assertThat(summary.name())
                    .as(EXERCISE.says("/varz's server_name is the configuration's server_name"))
                    .isEqualTo("monitored");
            assertThat(summary.version())
                    .as(EXERCISE.says("/varz's version is what the server tells every client in its INFO"))
                    .isEqualTo(first.getServerInfo().getVersion());
            assertThat(summary.connections())
                    .as(EXERCISE.says("/varz's connections counts the clients connected now: two"))
                    .isEqualTo(2);
        }
    }

    @Test
    @DisplayName("8.11 subscriptionCount() reads /subsz: every subscription the server holds, its own ones too")
    void subscriptionCount(Random random) throws Exception {
        ServerMonitor monitor = new ServerMonitor(server.monitoringUrl());
        long before = monitor.subscriptionCount();
        int more = 3 + random.nextInt(5);
        try (Connection client = connect("counter")) {
            for (int i = 0; i < more; i++) {
                client.subscribe("counted." + i);
            }
            client.flush(Duration.ofSeconds(2));
            assertThat(before)
                    .as(EXERCISE.says(
                            "/subsz's num_subscriptions counts the server's own subscriptions too (JetStream, the system"
                                    + " account): more than none before any client subscribed"))
                    .isPositive();
            assertThat(monitor.subscriptionCount() - before)
                    .as(EXERCISE.says("after %d SUBs, /subsz's num_subscriptions is %d higher", more, more))
                    .isEqualTo(more);
        }
    }

    @Test
    @DisplayName(
            "8.11 subscriptionsOf(name) finds a connection by its client name in /connz?subs=1 and lists its subjects")
    void subscriptionsOf(Random random) throws Exception {
        ServerMonitor monitor = new ServerMonitor(server.monitoringUrl());
        String name = "billing-" + random.nextInt(1000);
        List<String> subjects =
                List.of("orders" + random.nextInt(100) + ".*", "payments." + random.nextInt(100) + ".>");
        try (Connection billing = connect(name);
                Connection other = connect("shipping-" + random.nextInt(1000))) {
            var dispatcher = billing.createDispatcher(message -> {});
            subjects.forEach(dispatcher::subscribe);
            other.subscribe("shipments.>");
            billing.flush(Duration.ofSeconds(2)); // the server has every SUB once it answered the PING
            other.flush(Duration.ofSeconds(2));

            assertThat(monitor.subscriptionsOf(name))
                    .as(EXERCISE.says(
                            "the subjects %s subscribed to, as /connz?subs=1 lists them in subscriptions_list,"
                                    + " and not the other client's",
                            name))
                    .containsExactlyInAnyOrderElementsOf(subjects);
            assertThat(monitor.subscriptionsOf("nobody-" + random.nextInt(1000)))
                    .as(EXERCISE.says("no connection has that name: an empty list"))
                    .isEmpty();
        }
    }

    @Test
    @DisplayName("8.11 subscriptionsOf(name) is empty for a connection that subscribed to nothing")
    void noSubscriptions(Random random) throws Exception {
        ServerMonitor monitor = new ServerMonitor(server.monitoringUrl());
        String name = "idle-" + random.nextInt(1000);
        try (Connection idle = connect(name)) {
            assertThat(monitor.subscriptionsOf(name))
                    .as(EXERCISE.says(
                            "a connection without subscriptions has no subscriptions_list in /connz: an empty list"))
                    .isEmpty();
        }
    }

    @Test
    @DisplayName("8.11 isHealthy() is true when /healthz answers ok, false where no server answers")
    void healthy() throws Exception {
        assertThat(new ServerMonitor(server.monitoringUrl()).isHealthy())
                .as(EXERCISE.says("/healthz answers {\"status\":\"ok\"}: healthy"))
                .isTrue();
        int nobodyListens;
        try (ServerSocket free = new ServerSocket(0)) {
            nobodyListens = free.getLocalPort();
        }
        assertThat(new ServerMonitor("http://127.0.0.1:" + nobodyListens).isHealthy())
                .as(EXERCISE.says("nothing answers on that port: not healthy, rather than an exception"))
                .isFalse();
    }

    private static Connection connect(String name) throws Exception {
        return Nats.connect(new Options.Builder()
                .server(server.url())
                .connectionName(name)
                .connectionTimeout(Duration.ofSeconds(2))
                .noReconnect()
                .build());
    }
}

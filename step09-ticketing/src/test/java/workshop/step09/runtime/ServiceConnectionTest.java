package workshop.step09.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.nats.client.Connection;
import io.nats.client.Nats;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.testkit.ConfiguredNatsServer;
import workshop.testkit.Exercise;
import workshop.testkit.SeededRandomResolver;

/** Exercise 9.12: a service's connection, named, reconnecting for as long as it runs, telling what happens. */
@ExtendWith(SeededRandomResolver.class)
class ServiceConnectionTest {

    private static final Exercise EXERCISE = Exercise.of("9.12");
    private static final Duration WAIT = Duration.ofSeconds(5);

    private static ConfiguredNatsServer server;

    /** A server with monitoring, and a user (the default one) that may not publish on forbidden.&gt;. */
    private static synchronized ConfiguredNatsServer server() {
        if (server == null) {
            server = ConfiguredNatsServer.builder("runtime")
                    .monitoring()
                    .withoutJetStream()
                    .config("""
                            authorization {
                              users: [
                                { user: "service", password: "not-a-secret", permissions: { publish: { deny: "forbidden.>" } } }
                              ]
                            }
                            no_auth_user: "service"
                            """)
                    .start();
        }
        return server;
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @DisplayName("9.12 the connection carries the service's name: /connz shows which service it is")
    void named(Random random) throws Exception {
        String name = "orders-" + random.nextInt(1000);
        var serviceConnection = new ServiceConnection(name);
        try (Connection connection = Nats.connect(serviceConnection.options(server().url(), Duration.ofMillis(100)))) {
            connection.flush(WAIT);
            String connz = server().monitor("/connz");
            assertThat(connz.replace(" ", ""))
                    .as(EXERCISE.says("/connz lists the connection under the service's name %s: %s", name, connz))
                    .contains("\"name\":\"" + name + "\"");
        }
    }

    @Test
    @DisplayName("9.12 the options reconnect without end, so an outage longer than jnats' default is survived too")
    void reconnectsForever() {
        var options = new ServiceConnection("expiration").options("nats://127.0.0.1:4222", Duration.ofSeconds(2));
        assertThat(options.getMaxReconnect())
                .as(EXERCISE.says(
                        "a service reconnects for as long as it runs: maxReconnects -1 (jnats gives up after 60 tries,"
                                + " 2 minutes at 2 s each, by default)"))
                .isEqualTo(-1);
        assertThat(options.getReconnectWait())
                .as(EXERCISE.says("between tries it waits the reconnectWait it was given"))
                .isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    @DisplayName("9.12 a server restart is survived: the connection comes back, and the events say so")
    void survivesARestart() throws Exception {
        var serviceConnection = new ServiceConnection("tickets");
        try (Connection connection = Nats.connect(serviceConnection.options(server().url(), Duration.ofMillis(100)))) {
            server().restart();

            await().alias(EXERCISE.says(
                            "after a server restart the service's connection is CONNECTED again (reconnect without end)"
                                    + " and the service, its connection listener, was told RECONNECTED; its events: %s",
                            serviceConnection.events()))
                    .atMost(WAIT)
                    .until(() -> connection.getStatus() == Connection.Status.CONNECTED
                            && serviceConnection.events().contains("connection RECONNECTED"));
            assertThat(serviceConnection.events())
                    .as(EXERCISE.says("the service was told of the connection's events: it is the connection listener"))
                    .contains("connection DISCONNECTED", "connection RECONNECTED");
        }
    }

    @Test
    @DisplayName("9.12 an error the server reports reaches the service: it is the error listener")
    void hearsErrors(Random random) throws Exception {
        var serviceConnection = new ServiceConnection("payments");
        try (Connection connection = Nats.connect(serviceConnection.options(server().url(), Duration.ofMillis(100)))) {
            String subject = "forbidden." + random.nextInt(1000);
            connection.publish(subject, new byte[0]);
            connection.flush(WAIT);

            await().alias(EXERCISE.says(
                            "the server refuses a publish on %s; the service, its error listener, hears it: %s",
                            subject, serviceConnection.events()))
                    .atMost(WAIT)
                    .until(() -> serviceConnection.events().stream()
                            .anyMatch(event -> event.contains("Permissions Violation")));
        }
    }
}

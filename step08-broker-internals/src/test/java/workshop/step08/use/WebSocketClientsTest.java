package workshop.step08.use;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.nats.client.Connection;
import io.nats.client.Message;
import io.nats.client.Nats;
import io.nats.client.Options;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.given.Json;
import workshop.testkit.ConfiguredNatsServer;
import workshop.testkit.Exercise;

/** Exercise 8.22: a jnats client over the server's WebSocket listener, sharing subjects with nats:// clients. */
class WebSocketClientsTest {

    private static final Exercise EXERCISE = Exercise.of("8.22");
    private static final Duration WAIT = Duration.ofSeconds(3);

    private static ConfiguredNatsServer server;
    private final Random random = new Random(822);

    @BeforeAll
    static void startServer() {
        server = ConfiguredNatsServer.builder("websocket")
                .withoutJetStream()
                .websocket()
                .monitoring()
                .start();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @DisplayName("8.22 a message published over WebSocket reaches a subscriber on nats://, and back")
    void messagesCrossBothWays() throws Exception {
        String subject = "chat.room" + random.nextInt(1000);
        try (Connection overWebSocket = connectOverWebSocket("browser");
                Connection overTcp = Nats.connect(
                        new Options.Builder().server(server.url()).noReconnect().build())) {
            var tcpSubscription = overTcp.subscribe(subject);
            var webSubscription = overWebSocket.subscribe(subject + ".replies");
            overTcp.flush(WAIT); // the nats:// subscription is in place before the publish
            overWebSocket.flush(WAIT);

            overWebSocket.publish(subject, bytes("hello from the browser"));
            Message fromWeb = tcpSubscription.nextMessage(WAIT);
            overTcp.publish(subject + ".replies", bytes("hello from the service"));
            Message fromTcp = webSubscription.nextMessage(WAIT);

            assertThat(fromWeb == null ? null : text(fromWeb))
                    .as(EXERCISE.says("the WebSocket client's message reaches the nats:// subscriber on %s", subject))
                    .isEqualTo("hello from the browser");
            assertThat(fromTcp == null ? null : text(fromTcp))
                    .as(EXERCISE.says("the nats:// client's message reaches the WebSocket subscriber"))
                    .isEqualTo("hello from the service");
        }
    }

    @Test
    @DisplayName("8.22 the server lists the WebSocket client in /connz under the connection name it gave")
    void serverSeesTheName() throws Exception {
        try (Connection overWebSocket = connectOverWebSocket("dashboard")) {
            String connz = server.monitor("/connz");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> connections =
                    (List<Map<String, Object>>) Json.parseObject(connz).get("connections");
            assertThat(connections)
                    .as(EXERCISE.says(
                            "/connz lists a connection named \"dashboard\": options() gives jnats the connection name"))
                    .anySatisfy(connection -> assertThat(connection.get("name")).isEqualTo("dashboard"));
        }
    }

    @Test
    @DisplayName("8.22 options() names the ws:// URL itself: jnats speaks WebSocket when the URL says ws://")
    void optionsNameTheWebSocketUrl() {
        Options options = WebSocketClients.options(server.websocketUrl(), "browser", WAIT);
        assertThat(options.getServers())
                .as(EXERCISE.says("the one server is the WebSocket URL %s, ws:// and all", server.websocketUrl()))
                .hasSize(1)
                .first()
                .hasToString(server.websocketUrl());
    }

    private static Connection connectOverWebSocket(String name) {
        Options options = WebSocketClients.options(server.websocketUrl(), name, WAIT);
        Connection[] connection = new Connection[1];
        Throwable failure = catchThrowable(() -> connection[0] = Nats.connect(options));
        assertThat(failure)
                .as(EXERCISE.says(
                        "a client with options(%s, …) connects over WebSocket; it failed instead",
                        server.websocketUrl()))
                .isNull();
        return connection[0];
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(Message message) {
        return new String(message.getData(), StandardCharsets.UTF_8);
    }
}

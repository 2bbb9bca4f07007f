package workshop.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.nats.client.Connection;
import io.nats.client.Nats;
import io.nats.client.Options;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConfiguredNatsServerTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    @DisplayName("the test's configuration applies: a token server lets in a client with the token, not one without")
    void testsConfigurationApplies() throws Exception {
        try (ConfiguredNatsServer server = ConfiguredNatsServer.builder("token")
                .config("authorization { token: \"s3cret\" }")
                .start()) {
            try (Connection withToken = Nats.connect(
                    options(server.url()).token("s3cret".toCharArray()).build())) {
                assertThat(withToken.getStatus()).isEqualTo(Connection.Status.CONNECTED);
            }
            assertThat(catchThrowable(() -> Nats.connect(options(server.url()).build())))
                    .as("without the token the server refuses the connection")
                    .hasMessageContaining("Authorization Violation");
            assertThat(server.awaitLogLine("authentication error", false, WAIT))
                    .as("the server logs the refused client")
                    .isPresent();
        }
    }

    @Test
    @DisplayName(
            "a configuration the server refuses fails start() with the server's own words, and leaves no directory")
    void refusedConfiguration() {
        var builder = ConfiguredNatsServer.builder("refused").config("authorization { token: [ }");
        Throwable refused = catchThrowable(builder::start);
        assertThat(refused).isInstanceOf(ConfiguredNatsServer.ConfigurationRefused.class);
        assertThat(((ConfiguredNatsServer.ConfigurationRefused) refused).serverOutput())
                .contains("Parse error on line 6");
        assertThat(refused.getMessage())
                .as("the message numbers the file's lines: the server's line 6 is the test's first")
                .contains("   6  authorization { token: [ }");
        assertThat(builder.directory()).doesNotExist();
    }

    @Test
    @DisplayName(
            "reload() applies a new configuration to the running server; a refused one says why and changes nothing")
    void reload() throws Exception {
        try (ConfiguredNatsServer server = ConfiguredNatsServer.builder("reload")
                .config("authorization { token: \"first\" }")
                .start()) {
            server.reload("authorization { token: \"second\" }");
            try (Connection second = Nats.connect(
                    options(server.url()).token("second".toCharArray()).build())) {
                assertThat(second.getStatus()).isEqualTo(Connection.Status.CONNECTED);
            }
            Throwable refused = catchThrowable(() -> server.reload("authorization { token: [ }"));
            assertThat(refused).isInstanceOf(ConfiguredNatsServer.ConfigurationRefused.class);
            try (Connection stillSecond = Nats.connect(
                    options(server.url()).token("second".toCharArray()).build())) {
                assertThat(stillSecond.getStatus()).isEqualTo(Connection.Status.CONNECTED);
            }
        }
    }

    @Test
    @DisplayName("monitoring, WebSocket and MQTT listeners are on the loopback ports the kit hands out")
    void listeners() throws Exception {
        try (ConfiguredNatsServer server = ConfiguredNatsServer.builder("listeners")
                .monitoring()
                .websocket()
                .mqtt()
                .start()) {
            HttpResponse<String> varz = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(server.monitoringUrl() + "/varz"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(varz.body()).contains("\"server_name\": \"listeners\"");
            assertThat(server.monitor("/varz")).contains("\"server_name\": \"listeners\"");
            assertThat(catchThrowable(() -> server.monitor("/no-such-endpoint")))
                    .as("a status other than 200 is an error that says what the server answered")
                    .hasMessageContaining("/no-such-endpoint answered 404");
            try (Connection overWebSocket =
                    Nats.connect(options(server.websocketUrl()).build())) {
                assertThat(overWebSocket.getStatus()).isEqualTo(Connection.Status.CONNECTED);
            }
            assertThat(server.mqttUrl()).startsWith("tcp://127.0.0.1:");
            assertThat(server.awaitLogLine("Listening for MQTT clients", false, WAIT))
                    .isPresent();
        }
    }

    @Test
    @DisplayName("a file written into the directory is found by its bare name, and restart() keeps ports and files")
    void filesAndRestart() throws Exception {
        var builder = ConfiguredNatsServer.builder("files");
        builder.file("users.conf", "authorization { users: [ { user: ann, password: pw } ] }");
        try (ConfiguredNatsServer server =
                builder.config("include \"users.conf\"").start()) {
            String url = server.url();
            server.restart();
            assertThat(server.url()).isEqualTo(url);
            try (Connection ann =
                    Nats.connect(options(server.url()).userInfo("ann", "pw").build())) {
                assertThat(ann.getStatus()).isEqualTo(Connection.Status.CONNECTED);
            }
            assertThat(Files.exists(server.directory().resolve("users.conf"))).isTrue();
        }
    }

    private static Options.Builder options(String url) {
        return new Options.Builder().server(url).connectionTimeout(WAIT).noReconnect();
    }
}

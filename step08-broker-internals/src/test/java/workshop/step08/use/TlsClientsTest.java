package workshop.step08.use;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.nats.client.Connection;
import io.nats.client.Nats;
import io.nats.client.Options;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.ConfiguredNatsServer;
import workshop.testkit.Exercise;

/** Exercise 8.20: a nats-server with TLS, a jnats client that trusts the CA which signed its certificate. */
class TlsClientsTest {

    private static final Exercise EXERCISE = Exercise.of("8.20");
    private static final Duration WAIT = Duration.ofSeconds(3);

    private static TestCertificates certificates;
    private static ConfiguredNatsServer server;

    /**
     * The TLS server, started by the first test that needs it (not in {@code @BeforeAll}): its configuration
     * is the exercise's {@code serverTls}, so on an unsolved skeleton each test is red for 8.20 on its own,
     * instead of the whole class failing to initialise.
     */
    private static synchronized ConfiguredNatsServer server() {
        if (server == null) {
            certificates = TestCertificates.get();
            var builder = ConfiguredNatsServer.builder("tls").withoutJetStream();
            certificates.copyServerFilesInto(builder.directory());
            server = builder.config(TlsClients.serverTls("server-cert.pem", "server-key.pem"))
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
    @DisplayName("8.20 the server's tls block makes it require TLS: its INFO says tls_required")
    void serverRequiresTls() throws Exception {
        try (var socket = new java.net.Socket("127.0.0.1", port())) {
            socket.setSoTimeout((int) WAIT.toMillis());
            String info = new java.io.BufferedReader(
                            new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            assertThat(info)
                    .as(EXERCISE.says(
                            "the server's first line, INFO, says it requires TLS: serverTls's tls block with cert_file and"
                                    + " key_file turns it on"))
                    .contains("\"tls_required\":true");
        }
    }

    @Test
    @DisplayName("8.20 a client that trusts the CA connects over tls:// and its messages go round")
    void trustedClientConnects() throws Exception {
        SSLContext context = TlsClients.trusting(TestCertificates.get().caCertificate);
        Throwable failure = catchThrowable(() -> {
            try (Connection connection = Nats.connect(TlsClients.options(tlsUrl(), context, WAIT))) {
                var subscription = connection.subscribe("greetings");
                connection.publish("greetings", "hello over TLS".getBytes(StandardCharsets.UTF_8));
                var message = subscription.nextMessage(WAIT);
                assertThat(message)
                        .as(EXERCISE.says("the message published over TLS comes back to the subscriber"))
                        .isNotNull();
            }
        });
        assertThat(failure)
                .as(EXERCISE.says(
                        "a client whose SSLContext trusts the CA (trusting) connects to %s with the options;"
                                + " it failed instead",
                        tlsUrl()))
                .isNull();
    }

    @Test
    @DisplayName("8.20 options() gives jnats the SSLContext it was handed, and the server")
    void optionsCarryTheContext() throws Exception {
        SSLContext context = TlsClients.trusting(TestCertificates.get().caCertificate);
        Options options = TlsClients.options(tlsUrl(), context, WAIT);
        assertThat(options.getSslContext())
                .as(EXERCISE.says("the options use the SSLContext handed to them, the one trusting the CA"))
                .isSameAs(context);
        assertThat(options.getServers())
                .as(EXERCISE.says("the options name the server's URL"))
                .hasSize(1)
                .first()
                .hasToString(tlsUrl());
    }

    @Test
    @DisplayName(
            "8.20 a client that trusts only the JDK's public CAs is refused: the server's certificate is not theirs")
    void untrustedClientFails() throws Exception {
        var seen = new java.util.concurrent.CopyOnWriteArrayList<Exception>();
        Options defaults = new Options.Builder()
                .server(tlsUrl())
                .errorListener(new io.nats.client.ErrorListener() {
                    @Override
                    public void exceptionOccurred(Connection connection, Exception exception) {
                        seen.add(exception); // jnats reports why here; connect() says only that it could not
                    }
                })
                .sslContext(SSLContext.getDefault()) // the JDK's cacerts: public CAs only
                .connectionTimeout(WAIT)
                .noReconnect()
                .build();
        Throwable refused = catchThrowable(() -> Nats.connect(defaults).close());
        assertThat(refused)
                .as(EXERCISE.says("without the workshop's CA the handshake must fail"))
                .isNotNull();
        assertThat(seen.stream().map(TlsClientsTest::chain).toList().toString())
                .as(EXERCISE.says("the JDK says it found no path from the server's certificate to a CA it trusts"))
                .contains("PKIX path building failed");
    }

    private static String tlsUrl() {
        return "tls://127.0.0.1:" + port();
    }

    private static int port() {
        return Integer.parseInt(server().url().substring(server().url().lastIndexOf(':') + 1));
    }

    private static String chain(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.append(t.getClass().getName())
                    .append(": ")
                    .append(t.getMessage())
                    .append('\n');
        }
        return messages.toString();
    }
}

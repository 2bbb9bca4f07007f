package workshop.step08.use;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.nats.client.Connection;
import io.nats.client.ErrorListener;
import io.nats.client.Nats;
import io.nats.client.Options;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.ConfiguredNatsServer;
import workshop.testkit.Exercise;

/**
 * Exercise 8.21: mutual TLS. The server demands a client certificate its CA signed; with verify_and_map
 * the certificate's subject is the client's user.
 */
class MutualTlsTest {

    private static final Exercise EXERCISE = Exercise.of("8.21");
    private static final Duration WAIT = Duration.ofSeconds(3);
    /** A refused client waits this long before jnats gives up: short, so refusals cost little. */
    private static final Duration REFUSED_WAIT = Duration.ofSeconds(1);

    private static final String CA = "ca.pem";
    private static final String CERT = "server-cert.pem";
    private static final String KEY = "server-key.pem";

    /** Verifies client certificates (verify: true). */
    private static ConfiguredNatsServer verifying;
    /** Maps certificates to users; alice is one. */
    private static ConfiguredNatsServer mappingAlice;
    /** Maps certificates to users; only bob is one. */
    private static ConfiguredNatsServer mappingBob;

    /*
     * Each server is started by the first test that needs it, not in @BeforeAll: its configuration is the
     * exercise's code, so on an unsolved skeleton each test is red for 8.21 on its own.
     */

    private static synchronized ConfiguredNatsServer verifying() {
        if (verifying == null) {
            verifying = start("mtls", () -> MutualTls.serverVerifyingClients(CERT, KEY, CA), false);
        }
        return verifying;
    }

    private static synchronized ConfiguredNatsServer mappingAlice() {
        if (mappingAlice == null) {
            mappingAlice = start(
                    "mtls-alice", () -> MutualTls.serverMappingCertificatesToUsers(CERT, KEY, CA, "CN=alice"), true);
        }
        return mappingAlice;
    }

    private static synchronized ConfiguredNatsServer mappingBob() {
        if (mappingBob == null) {
            mappingBob =
                    start("mtls-bob", () -> MutualTls.serverMappingCertificatesToUsers(CERT, KEY, CA, "CN=bob"), false);
        }
        return mappingBob;
    }

    private static ConfiguredNatsServer start(String name, Supplier<String> config, boolean monitoring) {
        var builder = ConfiguredNatsServer.builder(name).withoutJetStream();
        if (monitoring) {
            builder.monitoring();
        }
        TestCertificates.get().copyServerFilesInto(builder.directory());
        return builder.config(config.get()).start();
    }

    @AfterAll
    static void stopServers() {
        for (ConfiguredNatsServer server : new ConfiguredNatsServer[] {verifying, mappingAlice, mappingBob}) {
            if (server != null) {
                server.close();
            }
        }
    }

    @Test
    @DisplayName("8.21 a client showing alice's certificate connects to a server that verifies clients")
    void clientWithCertificateConnects() throws Exception {
        SSLContext alice = aliceContext();
        String url = tlsUrl(verifying());
        Throwable failure = catchThrowable(() -> {
            try (Connection connection = Nats.connect(options(url, alice, WAIT, new CopyOnWriteArrayList<>()))) {
                var subscription = connection.subscribe("greetings");
                connection.publish("greetings", "hello from alice".getBytes(StandardCharsets.UTF_8));
                assertThat(subscription.nextMessage(WAIT))
                        .as(EXERCISE.says("the message alice published over mutual TLS comes back to her"))
                        .isNotNull();
            }
        });
        assertThat(failure)
                .as(EXERCISE.says(
                        "a client whose SSLContext (clientContext) shows alice's key and certificate and trusts the CA"
                                + " connects to %s; it failed instead",
                        url))
                .isNull();
    }

    @Test
    @DisplayName("8.21 a client without a certificate is refused: the server requires one (verify)")
    void clientWithoutCertificateIsRefused() throws Exception {
        ConfiguredNatsServer server = verifying();
        SSLContext noCertificate = TlsClients.trusting(TestCertificates.get().caCertificate);
        List<Exception> seen = new CopyOnWriteArrayList<>();
        Throwable refused =
                catchThrowable(() -> Nats.connect(options(tlsUrl(server), noCertificate, REFUSED_WAIT, seen))
                        .close());
        assertThat(refused)
                .as(EXERCISE.says(
                        "a client that trusts the CA but shows no certificate of its own must be refused: the tls block"
                                + " needs verify: true to require a client certificate; it connected"))
                .isNotNull();
        assertThat(server.awaitLogLine("certificate", false, WAIT))
                .as(EXERCISE.says(
                        "the server logs why it refused the client: it wanted a certificate; its log: %s",
                        server.logLines()))
                .isPresent();
    }

    @Test
    @DisplayName("8.21 with verify_and_map the certificate's subject is the user: /connz shows CN=alice")
    void certificateSubjectIsTheUser() throws Exception {
        ConfiguredNatsServer server = mappingAlice();
        SSLContext alice = aliceContext();
        List<Exception> seen = new CopyOnWriteArrayList<>();
        var connected = new AtomicReference<Connection>();
        Throwable refused =
                catchThrowable(() -> connected.set(Nats.connect(options(tlsUrl(server), alice, WAIT, seen))));
        assertThat(refused)
                .as(EXERCISE.says(
                        "alice's certificate is her login: a user CN=alice without a password lets her in when the"
                                + " tls block says verify_and_map (verify alone wants a password); she was refused: %s",
                        refused == null ? "" : chains(refused, seen)))
                .isNull();
        try (Connection connection = connected.get()) {
            connection.flush(WAIT);
            String connz = server.monitor("/connz?auth=1");
            assertThat(connz.replace(" ", ""))
                    .as(EXERCISE.says(
                            "/connz?auth=1 shows the connection's authorized_user: the subject of alice's certificate,"
                                    + " mapped by verify_and_map; it answered %s",
                            connz))
                    .contains("\"authorized_user\":\"CN=alice\"");
        }
    }

    @Test
    @DisplayName("8.21 with verify_and_map a certificate whose subject is no user is refused: Authorization Violation")
    void certificateOfNoUserIsRefused() throws Exception {
        ConfiguredNatsServer server = mappingBob();
        List<Exception> seen = new CopyOnWriteArrayList<>();
        Throwable refused =
                catchThrowable(() -> Nats.connect(options(tlsUrl(server), aliceContext(), REFUSED_WAIT, seen))
                        .close());
        assertThat(refused)
                .as(EXERCISE.says(
                        "alice's certificate is signed by the CA, but the server maps it to user CN=alice and only CN=bob"
                                + " is a user: she must be refused; she connected"))
                .isNotNull();
        assertThat(chains(refused, seen))
                .as(EXERCISE.says("the server says why: its words are Authorization Violation"))
                .contains("Authorization Violation");
    }

    private static SSLContext aliceContext() throws Exception {
        TestCertificates certificates = TestCertificates.get();
        return MutualTls.clientContext(
                certificates.clientKeyStore, TestCertificates.PASSWORD.clone(), certificates.caCertificate);
    }

    private static Options options(String url, SSLContext context, Duration timeout, List<Exception> seen) {
        return new Options.Builder()
                .server(url)
                .sslContext(context)
                .connectionTimeout(timeout)
                .noReconnect()
                .errorListener(new ErrorListener() {
                    @Override
                    public void exceptionOccurred(Connection connection, Exception exception) {
                        seen.add(exception); // jnats reports why here; connect() says only that it could not
                    }

                    @Override
                    public void errorOccurred(Connection connection, String error) {
                        seen.add(new IllegalStateException(error));
                    }
                })
                .build();
    }

    private static String tlsUrl(ConfiguredNatsServer server) {
        return server.url().replace("nats://", "tls://");
    }

    private static String chains(Throwable refused, List<Exception> seen) {
        StringBuilder messages = new StringBuilder();
        for (Throwable failure : concat(refused, seen)) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                messages.append(t.getClass().getName())
                        .append(": ")
                        .append(t.getMessage())
                        .append('\n');
            }
        }
        return messages.toString();
    }

    private static List<Throwable> concat(Throwable first, List<Exception> rest) {
        var all = new java.util.ArrayList<Throwable>();
        all.add(first);
        all.addAll(rest);
        return all;
    }
}

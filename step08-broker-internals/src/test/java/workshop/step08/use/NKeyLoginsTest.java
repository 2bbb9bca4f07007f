package workshop.step08.use;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.nats.client.AuthHandler;
import io.nats.client.AuthenticationException;
import io.nats.client.Connection;
import io.nats.client.ErrorListener;
import io.nats.client.NKey;
import io.nats.client.Nats;
import io.nats.client.Options;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.ConfiguredNatsServer;
import workshop.testkit.ConfiguredNatsServer.ConfigurationRefused;
import workshop.testkit.Exercise;

/** Exercise 8.16: NKey users: the server lists public keys, the client signs the server's nonce with its seed. */
class NKeyLoginsTest {

    private static final Exercise EXERCISE = Exercise.of("8.16");
    private static final Duration WAIT = Duration.ofSeconds(2);
    /** How long jnats waits before it gives up on a refused login: it reports the refusal only then. */
    private static final Duration REFUSAL = Duration.ofSeconds(1);

    // Keys are made fresh per run (NKey.createUser takes a SecureRandom): nothing a solution could hard-code.
    private static final NKey ORDERS = createUser();
    private static final NKey BILLING = createUser();
    private static final NKey STRANGER = createUser(); // not in the configuration

    private static ConfiguredNatsServer server;

    private final Random random = new Random(816);

    /**
     * The server, started by the first test that needs it, from the exercise's block; {@code trace: true} makes
     * it log every protocol line it receives, so the test can read the CONNECT each client sent.
     */
    private static synchronized ConfiguredNatsServer server() throws Exception {
        if (server == null) {
            String block = NKeyLogins.nkeyAuthorization(List.of(ORDERS, BILLING));
            try {
                server = ConfiguredNatsServer.builder("nkeys")
                        .withoutJetStream()
                        .config("trace: true\n" + block)
                        .start();
            } catch (ConfigurationRefused refused) {
                throw new AssertionError(
                        EXERCISE.says(
                                "nats-server refused the authorization block nkeyAuthorization wrote; in its words: %s",
                                refused.getMessage()),
                        refused);
            }
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
    @DisplayName("8.16 the handler answers for its key: the public key as its ID, a signature the key verifies, no JWT")
    void handlerSignsTheNonce() throws Exception {
        AuthHandler handler = NKeyLogins.signingWith(ORDERS);
        byte[] nonce = ("nonce-" + random.nextInt(1_000_000)).getBytes(StandardCharsets.UTF_8);

        assertThat(new String(handler.getID()))
                .as(EXERCISE.says("getID() is the key's public key, U…, the name the server lists (never the seed)"))
                .isEqualTo(new String(ORDERS.getPublicKey()));
        byte[] signature = handler.sign(nonce);
        assertThat(NKey.fromPublicKey(ORDERS.getPublicKey()).verify(nonce, signature))
                .as(EXERCISE.says("sign(nonce) signs the server's nonce with the seed: the public key verifies it"))
                .isTrue();
        assertThat(handler.getJWT())
                .as(EXERCISE.says("getJWT() is null: the server knows this user by its key, not by a JWT"))
                .isNull();
    }

    @Test
    @DisplayName("8.16 a server that lists NKey users sends a nonce in its INFO, for the client to sign")
    void infoCarriesANonce() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port())) {
            socket.setSoTimeout((int) WAIT.toMillis());
            String info = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            assertThat(info)
                    .as(EXERCISE.says("the server's INFO carries a nonce once its users list names nkey users"))
                    .contains("\"nonce\":\"");
        }
    }

    @Test
    @DisplayName("8.16 each listed key logs in with its seed, and the two clients' messages reach each other")
    void listedKeysLogIn() throws Exception {
        String subject = "orders." + random.nextInt(1000);
        Options orders = finish(NKeyLogins.withNKey(server().url(), ORDERS), new Refusals());
        Options billing = finish(NKeyLogins.withNKey(server().url(), BILLING), new Refusals());
        Throwable failure = catchThrowable(() -> {
            try (Connection sender = Nats.connect(orders);
                    Connection receiver = Nats.connect(billing)) {
                var subscription = receiver.subscribe(subject);
                receiver.flush(WAIT);
                sender.publish(subject, "signed in".getBytes(StandardCharsets.UTF_8));
                assertThat(subscription.nextMessage(WAIT))
                        .as(EXERCISE.says("the message one key's client publishes reaches the other's"))
                        .isNotNull();
            }
        });
        assertThat(failure)
                .as(EXERCISE.says(
                        "both keys the authorization block lists as nkey users, by their public key, log in (withNKey's"
                                + " handler gives the public key and signs the nonce); it failed instead"))
                .isNull();
    }

    @Test
    @DisplayName(
            "8.16 a key the server does not list is refused, though its signature is right: Authorization Violation")
    void strangerIsRefused() throws Exception {
        Refusals refusals = new Refusals();
        Options options = finish(NKeyLogins.withNKey(server().url(), STRANGER), refusals);
        Throwable refused = catchThrowable(() -> Nats.connect(options).close());
        assertThat(refused)
                .as(EXERCISE.says(
                        "a key whose public key the server does not list must not log in: the server answers -ERR"
                                + " 'Authorization Violation' and jnats' connect throws an AuthenticationException"))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("Authorization Violation");
        assertThat(refusals.errors)
                .as(EXERCISE.says("the connection's error listener heard the server's Authorization Violation"))
                .contains("Authorization Violation");
    }

    @Test
    @DisplayName(
            "8.16 the seed never leaves the client: the CONNECT the server received carries the key and a signature")
    void seedStaysHome() throws Exception {
        String seed = new String(ORDERS.getSeed());
        String publicKey = new String(ORDERS.getPublicKey());
        Options orders = finish(NKeyLogins.withNKey(server().url(), ORDERS), new Refusals());
        Throwable failure = catchThrowable(() -> Nats.connect(orders).close());
        assertThat(failure)
                .as(
                        EXERCISE.says(
                                "the orders key logs in (the handler gives its public key and signs the nonce); it failed instead"))
                .isNull();
        // 2.9.10 and 2.10.27 trace the key and the signature; 2.15.1 writes "nkey":"[REDACTED]","sig":"[REDACTED]"
        assertThat(server().awaitLogLine("\"sig\":", false, WAIT))
                .as(EXERCISE.says("the server traced a CONNECT with an nkey and a sig: the handler's ID and signature"))
                .hasValueSatisfying(connect -> assertThat(connect).contains("\"nkey\":\""));
        assertThat(String.join("\n", server().logLines()))
                .as(EXERCISE.says(
                        "nothing the server received holds the seed, %s…: only the public key (%s) and the"
                                + " signature leave the client",
                        seed.substring(0, 4), publicKey))
                .doesNotContain(seed);
    }

    private static Options finish(Options.Builder exercises, Refusals refusals) {
        return exercises
                .connectionTimeout(REFUSAL)
                .noReconnect()
                .errorListener(refusals)
                .build();
    }

    private static int port() throws Exception {
        String url = server().url();
        return Integer.parseInt(url.substring(url.lastIndexOf(':') + 1));
    }

    private static NKey createUser() {
        try {
            return NKey.createUser(new SecureRandom());
        } catch (Exception e) {
            throw new IllegalStateException("jnats could not make an NKey", e);
        }
    }

    /** Keeps what the server refused instead of jnats printing it: the tests assert on it. */
    private static final class Refusals implements ErrorListener {
        final List<String> errors = new CopyOnWriteArrayList<>();

        @Override
        public void errorOccurred(Connection connection, String error) {
            errors.add(error);
        }

        @Override
        public void exceptionOccurred(Connection connection, Exception exception) {
            // the connect timeout that follows a refusal: connect() reports the refusal itself
        }
    }
}

package workshop.step08.use;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import io.nats.client.Connection;
import io.nats.client.ErrorListener;
import io.nats.client.Message;
import io.nats.client.NKey;
import io.nats.client.Nats;
import io.nats.client.Options;
import io.nats.client.Subscription;
import io.nats.client.support.JwtUtils;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.given.Json;
import workshop.testkit.ConfiguredNatsServer;
import workshop.testkit.Exercise;

/**
 * Exercise 8.17: a nats-server in operator mode trusts an operator, knows its accounts from their JWTs, and
 * lets in a user whose JWT one of those accounts signed; anyone else is refused.
 */
class DecentralizedAuthTest {

    private static final Exercise EXERCISE = Exercise.of("8.17");
    private static final Duration WAIT = Duration.ofSeconds(1);

    private static final NKey OPERATOR = key(Kind.OPERATOR);
    private static final NKey SHOP = key(Kind.ACCOUNT);
    private static final NKey SYSTEM = key(Kind.ACCOUNT);
    private static final NKey STRANGER = key(Kind.ACCOUNT); // an account the server was never told about
    private static final NKey ALICE = key(Kind.USER);

    private static ConfiguredNatsServer server;

    private final Random random = new Random(817);

    /**
     * The server, started by the first test that needs it: its configuration is the exercise's
     * {@code serverTrust} with {@code accountJwt}s made of the exercise's {@code accountClaims}, so on an
     * unsolved skeleton each test is red for 8.17 on its own.
     */
    private static synchronized ConfiguredNatsServer server() throws Exception {
        if (server == null) {
            String operatorJwt = DecentralizedAuth.operatorJwt(OPERATOR, "workshop");
            Map<String, String> accounts = Map.of(
                    publicKey(SHOP), DecentralizedAuth.accountJwt(OPERATOR, SHOP, "SHOP"),
                    publicKey(SYSTEM), DecentralizedAuth.accountJwt(OPERATOR, SYSTEM, "SYS"));
            server = ConfiguredNatsServer.builder("jwt")
                    .withoutJetStream()
                    .monitoring()
                    .config(DecentralizedAuth.serverTrust(operatorJwt, publicKey(SYSTEM), accounts))
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
    @DisplayName("8.17 alice's creds file holds her user JWT, issued by the SHOP account for her key, and her seed")
    void credsFile() throws Exception {
        String creds = DecentralizedAuth.userCreds(SHOP, ALICE, "alice");

        assertThat(creds)
                .as(EXERCISE.says(
                        "a creds file, in the format of JwtUtils.NATS_USER_JWT_FORMAT: the user JWT, then the seed"))
                .startsWith("-----BEGIN NATS USER JWT-----")
                .contains("-----BEGIN USER NKEY SEED-----");
        String jwt = creds.lines().skip(1).findFirst().orElse("");
        Map<String, Object> claims = Json.parseObject(JwtUtils.getClaimBody(jwt));
        assertThat(claims)
                .as(EXERCISE.says(
                        "the user JWT names alice, is about her public key (sub) and issued by the SHOP account (iss);"
                                + " its claims are %s",
                        claims))
                .containsEntry("name", "alice")
                .containsEntry("sub", publicKey(ALICE))
                .containsEntry("iss", publicKey(SHOP));
        assertThat(creds)
                .as(EXERCISE.says(
                        "the creds file holds alice's seed (NKey.getSeed(), her private key, which signs the server's"
                                + " nonce), not her public key"))
                .contains("\n" + new String(ALICE.getSeed()) + "\n");
    }

    @Test
    @DisplayName("8.17 alice logs in with her creds file, her messages go round, and the server puts her in SHOP")
    void aliceConnects() throws Exception {
        Path creds = credsFile("alice", DecentralizedAuth.userCreds(SHOP, ALICE, "alice"));
        var errors = new Recorder();
        String subject = "greetings." + random.nextInt(1000);
        String url = server().url(); // outside catchThrowable: a server the kit cannot start skips the test
        Throwable failure = catchThrowable(() -> {
            try (Connection connection =
                    Nats.connect(withRecorder(DecentralizedAuth.options(url, creds, WAIT), errors))) {
                Subscription subscription = connection.subscribe("greetings.>");
                connection.publish(subject, "hello".getBytes(StandardCharsets.UTF_8));
                Message message = subscription.nextMessage(WAIT);
                assertThat(message == null ? null : message.getSubject())
                        .as(EXERCISE.says(
                                "alice's message on %s comes back to her subscription to greetings.>; the server"
                                        + " said %s",
                                subject, errors.texts()))
                        .isEqualTo(subject);
                Map<String, Object> alice = onlyConnection(Json.parseObject(get("/connz?auth=1")));
                assertThat(alice)
                        .as(EXERCISE.says(
                                "the monitoring port's /connz?auth=1 shows alice by her public key, in the account"
                                        + " whose key signed her JWT"))
                        .containsEntry("authorized_user", publicKey(ALICE))
                        .containsEntry("account", publicKey(SHOP));
            }
        });
        assertThat(failure)
                .as(EXERCISE.says(
                        "alice connects with options(url, her creds file) (an auth handler: Nats.credentials) and"
                                + " the server accepts her JWT and the nonce her seed signed. An account's claims"
                                + " need limits: without them each limit is 0, so not one connection is allowed. The"
                                + " server said %s; it logged %s",
                        errors.texts(), errorLines()))
                .isNull();
    }

    @Test
    @DisplayName("8.17 the server trusts the operator and has a system account, so it does not warn about one")
    void systemAccount() throws Exception {
        List<String> log = server().logLines();
        assertThat(log)
                .as(EXERCISE.says("the server started in operator mode: its log lists its Trusted Operators"))
                .anyMatch(line -> line.contains("Trusted Operators"));
        assertThat(log)
                .as(EXERCISE.says(
                        "the server names its system account (system_account: its public key, among the preloaded"
                                + " accounts): without it, it warns that Trusted Operators should utilize a System"
                                + " Account"))
                .noneMatch(line -> line.contains("should utilize a System Account"));
    }

    @Test
    @DisplayName("8.17 a user of an account the server does not know is refused: Authorization Violation")
    void unknownAccountRefused() throws Exception {
        NKey mallory = key(Kind.USER);
        Path creds = credsFile("mallory", DecentralizedAuth.userCreds(STRANGER, mallory, "mallory"));
        assertRefused(creds, "a user whose JWT an account unknown to the server signed");
    }

    @Test
    @DisplayName("8.17 a user JWT that claims the SHOP account but another account's key signed is refused")
    void forgedIssuerRefused() throws Exception {
        NKey forger = key(Kind.USER);
        String forged = JwtUtils.issueUserJWT(STRANGER, publicKey(SHOP), publicKey(forger), "forger");
        Path creds =
                credsFile("forger", String.format(JwtUtils.NATS_USER_JWT_FORMAT, forged, new String(forger.getSeed())));
        assertRefused(creds, "a user JWT with issuer_account SHOP, signed by a key that is not SHOP's");
    }

    private void assertRefused(Path creds, String who) throws Exception {
        var errors = new Recorder();
        Options options = withRecorder(DecentralizedAuth.options(server().url(), creds, WAIT), errors);
        int seen = server().logLines().size();
        Throwable refused = catchThrowable(() -> Nats.connect(options).close());
        assertThat(refused)
                .as(EXERCISE.says("%s must not get in: Nats.connect fails", who))
                .isNotNull();
        assertThat(refused.getMessage())
                .as(EXERCISE.says("jnats says the server refused the login"))
                .contains("Authorization Violation");
        await().alias(EXERCISE.says("the server's log says why it closed the connection: an authentication error"))
                .atMost(WAIT)
                .until(() -> server().logLines().stream().skip(seen).anyMatch(l -> l.contains("authentication error")));
    }

    /** The server's [ERR] lines: what it told a refused client. */
    private static List<String> errorLines() {
        return server == null
                ? List.of()
                : server.logLines().stream().filter(l -> l.contains("[ERR]")).toList();
    }

    private static Map<String, Object> onlyConnection(Map<String, Object> connz) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> connections = (List<Map<String, Object>>) connz.get("connections");
        return connections == null || connections.isEmpty() ? Map.of() : connections.get(0);
    }

    private static String get(String path) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(
                            HttpRequest.newBuilder(URI.create(server().monitoringUrl() + path))
                                    .timeout(WAIT)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
        }
    }

    private static Path credsFile(String user, String content) throws Exception {
        Path file = Files.createTempFile("nats-workshop-" + user, ".creds");
        file.toFile().deleteOnExit();
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private static Options withRecorder(Options options, Recorder recorder) {
        return new Options.Builder(options).errorListener(recorder).build();
    }

    private static String publicKey(NKey key) {
        try {
            return new String(key.getPublicKey());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private enum Kind {
        OPERATOR,
        ACCOUNT,
        USER
    }

    private static NKey key(Kind kind) {
        try {
            SecureRandom random = new SecureRandom();
            return switch (kind) {
                case OPERATOR -> NKey.createOperator(random);
                case ACCOUNT -> NKey.createAccount(random);
                case USER -> NKey.createUser(random);
            };
        } catch (Exception e) {
            throw new IllegalStateException("Could not make an NKey", e);
        }
    }

    /** Keeps what the server and jnats reported, quietly: the tests show it in their messages. */
    private static final class Recorder implements ErrorListener {
        private final List<String> texts = new CopyOnWriteArrayList<>();

        @Override
        public void errorOccurred(Connection connection, String error) {
            texts.add(error); // the server's -ERR text
        }

        @Override
        public void exceptionOccurred(Connection connection, Exception exception) {
            texts.add(exception.toString());
        }

        List<String> texts() {
            return List.copyOf(texts);
        }
    }
}

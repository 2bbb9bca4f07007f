package workshop.step08.use;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.nats.client.AuthenticationException;
import io.nats.client.Connection;
import io.nats.client.ErrorListener;
import io.nats.client.Nats;
import io.nats.client.Options;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.ConfiguredNatsServer;
import workshop.testkit.ConfiguredNatsServer.ConfigurationRefused;
import workshop.testkit.Exercise;

/** Exercise 8.15: a nats-server that lets in a token, and users with bcrypt-hashed passwords; the wrong ones are refused. */
class PasswordLoginsTest {

    private static final Exercise EXERCISE = Exercise.of("8.15");
    private static final Duration WAIT = Duration.ofSeconds(2);
    /** How long jnats waits before it gives up on a refused login: it reports the refusal only then. */
    private static final Duration REFUSAL = Duration.ofSeconds(1);

    private static final Random SEEDED = new Random(815);
    private static final String TOKEN = "s3cret-" + SEEDED.nextInt(100_000);
    private static final String ALICE = "alice-" + SEEDED.nextInt(1000);
    private static final String BOB = "bob-" + SEEDED.nextInt(1000);

    // The JDK has no bcrypt, so the hashes are fixed. They were made with Python's crypt module (cost 11):
    //   crypt.crypt("correct horse battery staple", "$2a$11$T88P1sb7k24ZysnJ/JbUnu")
    //   crypt.crypt("Tr0ub4dor&3", "$2b$11$Xq4jK7LbN2pR8sT1vW3yZe")
    // `nats server passwd` (the nats CLI) is the usual tool; both $2a$ and $2b$ hashes are accepted.
    private static final String ALICE_PASSWORD = "correct horse battery staple";
    private static final String ALICE_HASH = "$2a$11$T88P1sb7k24ZysnJ/JbUnus9JmpJiOl/fZGnrlbZ7F3bzCtIxAmfS";
    private static final String BOB_PASSWORD = "Tr0ub4dor&3";
    private static final String BOB_HASH = "$2b$11$Xq4jK7LbN2pR8sT1vW3yZeW9yolpvF0Ni6Wt/gSYQu4cQ3QCDZ9nu";

    private static ConfiguredNatsServer tokenServer;
    private static ConfiguredNatsServer userServer;

    /** The token server, started by the first test that needs it: its configuration is the exercise's. */
    private static synchronized ConfiguredNatsServer tokenServer() {
        if (tokenServer == null) {
            tokenServer = start("tokens", PasswordLogins.tokenAuthorization(TOKEN));
        }
        return tokenServer;
    }

    /** The server with users, started by the first test that needs it: its configuration is the exercise's. */
    private static synchronized ConfiguredNatsServer userServer() {
        if (userServer == null) {
            Map<String, String> hashes = new LinkedHashMap<>();
            hashes.put(ALICE, ALICE_HASH);
            hashes.put(BOB, BOB_HASH);
            userServer = start("passwords", PasswordLogins.userAuthorization(hashes));
        }
        return userServer;
    }

    private static ConfiguredNatsServer start(String name, String configuration) {
        try {
            return ConfiguredNatsServer.builder(name)
                    .withoutJetStream()
                    .config(configuration)
                    .start();
        } catch (ConfigurationRefused refused) {
            throw new AssertionError(
                    EXERCISE.says(
                            "nats-server refused the authorization block the exercise wrote; in its words: %s",
                            refused.getMessage()),
                    refused);
        }
    }

    @AfterAll
    static void stopServers() {
        for (ConfiguredNatsServer server : new ConfiguredNatsServer[] {tokenServer, userServer}) {
            if (server != null) {
                server.close();
            }
        }
    }

    @Test
    @DisplayName("8.15 a client that sends the server's token connects, and its messages go round")
    void tokenLogsIn() {
        Options options = finish(PasswordLogins.withToken(tokenServer().url(), TOKEN.toCharArray()), new Refusals());
        Throwable failure = catchThrowable(() -> roundTrip(options, "tokens." + SEEDED.nextInt(1000)));
        assertThat(failure)
                .as(EXERCISE.says(
                        "a client with the token the authorization block names logs in (withToken gives jnats the"
                                + " server and the token); it failed instead"))
                .isNull();
    }

    @Test
    @DisplayName("8.15 a client with another token is refused: Authorization Violation")
    void wrongTokenIsRefused() {
        Refusals refusals = new Refusals();
        Options options = finish(PasswordLogins.withToken(tokenServer().url(), "guess".toCharArray()), refusals);
        Throwable refused = catchThrowable(() -> Nats.connect(options).close());
        assertRefused(refused, refusals, "a client whose token is not the server's");
    }

    @Test
    @DisplayName("8.15 each user of the users list logs in with its own password, checked against its bcrypt hash")
    void eachUserLogsIn() {
        for (String[] login : new String[][] {{ALICE, ALICE_PASSWORD}, {BOB, BOB_PASSWORD}}) {
            Options options = finish(
                    PasswordLogins.withPassword(userServer().url(), login[0], login[1].toCharArray()), new Refusals());
            Throwable failure = catchThrowable(() -> roundTrip(options, "users." + SEEDED.nextInt(1000)));
            assertThat(failure)
                    .as(EXERCISE.says(
                            "%s logs in with its password: each user of the users list has its own entry with its"
                                    + " bcrypt hash, and withPassword sends the user and the plain password; it"
                                    + " failed instead",
                            login[0]))
                    .isNull();
        }
    }

    @Test
    @DisplayName("8.15 a user with another user's password is refused, and the server logs which user failed")
    void wrongPasswordIsRefused() {
        Refusals refusals = new Refusals();
        Options options =
                finish(PasswordLogins.withPassword(userServer().url(), BOB, ALICE_PASSWORD.toCharArray()), refusals);
        Throwable refused = catchThrowable(() -> Nats.connect(options).close());
        assertRefused(refused, refusals, BOB + " with " + ALICE + "'s password");
        // The same words on 2.9.10, 2.10.27 and 2.15.1: [ERR] 127.0.0.1:38100 - cid:6 - authentication error - User
        // "bob-…"
        assertThat(userServer().awaitLogLine("authentication error - User \"" + BOB + "\"", false, WAIT))
                .as(EXERCISE.says("the server logs the refused login with the user name the client sent, %s", BOB))
                .isPresent();
    }

    private static void roundTrip(Options options, String subject) throws Exception {
        try (Connection connection = Nats.connect(options)) {
            var subscription = connection.subscribe(subject);
            connection.publish(subject, "logged in".getBytes(StandardCharsets.UTF_8));
            assertThat(subscription.nextMessage(WAIT))
                    .as(EXERCISE.says("the logged-in client's message on %s comes back to its subscription", subject))
                    .isNotNull();
        }
    }

    private static void assertRefused(Throwable refused, Refusals refusals, String who) {
        assertThat(refused)
                .as(EXERCISE.says(
                        "%s must not log in: the server answers -ERR 'Authorization Violation' and jnats' connect"
                                + " throws an AuthenticationException",
                        who))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("Authorization Violation");
        assertThat(refusals.errors)
                .as(EXERCISE.says("the connection's error listener heard the server's Authorization Violation"))
                .contains("Authorization Violation");
    }

    /** The test's part of the options: a short timeout (jnats reports a refusal only then), no reconnecting. */
    private static Options finish(Options.Builder exercises, Refusals refusals) {
        return exercises
                .connectionTimeout(REFUSAL)
                .noReconnect()
                .errorListener(refusals)
                .build();
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

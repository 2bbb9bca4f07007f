package workshop.step08.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.nats.client.Connection;
import io.nats.client.Options;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.step08.support.RawClient;
import workshop.step08.support.TestBroker;
import workshop.testkit.Exercise;
import workshop.testkit.SeededRandomResolver;

/** Exercise 8.8: the right token or user and password gets in; anything else gets 'Authorization Violation'. */
@ExtendWith(SeededRandomResolver.class)
class AuthenticatorTest {

    private static final Exercise EXERCISE = Exercise.of("8.8");

    /** Long enough that comparing it all takes far longer than stopping at its first character. */
    private static final int SECRET_LENGTH = 1 << 20;

    /** Rejections timed per attempt; the fastest of them counts. */
    private static final int ROUNDS = 40;

    /**
     * How much faster one rejection may be than the other before the difference counts: the same work measured
     * twice differs by far less, stopping at the first wrong character instead of the last is a thousand times
     * faster.
     */
    private static final int SLACK = 5;

    /**
     * Credentials as a client's CONNECT brings them: each a string of its own (never the literal the broker was
     * configured with), so only a comparison of contents admits them.
     */
    private static Credentials offering(String user, String password, String token) {
        return new Credentials(copy(user), copy(password), copy(token));
    }

    private static Optional<String> copy(String text) {
        return Optional.ofNullable(text).map(String::new);
    }

    @Test
    @DisplayName("8.8 admits the right token or user and password, and nothing else")
    void decides() {
        AuthSettings token = AuthSettings.token("s3cret");
        AuthSettings userPassword = AuthSettings.userPassword("alice", "wonder");

        assertThat(Authenticator.admits(token, offering(null, null, "s3cret")))
                .as(EXERCISE.says("the right token (an equal string, not the same object: compare the contents)"))
                .isTrue();
        assertThat(Authenticator.admits(token, offering(null, null, "s3cre")))
                .as(EXERCISE.says("a wrong token"))
                .isFalse();
        assertThat(Authenticator.admits(token, offering("alice", "s3cret", null)))
                .as(EXERCISE.says("a password instead of the token"))
                .isFalse();
        assertThat(Authenticator.admits(token, offering(null, null, null)))
                .as(EXERCISE.says("no credentials for a token"))
                .isFalse();
        assertThat(Authenticator.admits(userPassword, offering("alice", "wonder", null)))
                .as(EXERCISE.says("the right user and password"))
                .isTrue();
        assertThat(Authenticator.admits(userPassword, offering("alice", "land", null)))
                .as(EXERCISE.says("a wrong password"))
                .isFalse();
        assertThat(Authenticator.admits(userPassword, offering("bob", "wonder", null)))
                .as(EXERCISE.says("a wrong user"))
                .isFalse();
        assertThat(Authenticator.admits(userPassword, offering("alice", null, null)))
                .as(EXERCISE.says("a user without password"))
                .isFalse();
        assertThat(Authenticator.admits(AuthSettings.none(), offering(null, null, null)))
                .as(EXERCISE.says("nothing required"))
                .isTrue();
    }

    @Test
    @DisplayName("8.8 takes as long to reject a token wrong at its first character as one wrong at its last")
    void tokenInConstantTime(Random random) {
        String secret = letters(random, SECRET_LENGTH);
        AuthSettings required = AuthSettings.token(secret);

        long[] fastest = fastestRejections(
                required,
                offering(null, null, changedAt(secret, 0)),
                offering(null, null, changedAt(secret, SECRET_LENGTH - 1)));

        assertThat(fastest[0] * SLACK)
                .as(EXERCISE.says(
                        "rejecting a token of %d characters wrong at its first character took %d µs, wrong at its last"
                                + " %d µs: compare secrets in constant time, or the time a rejection takes tells an"
                                + " attacker how much of a guess was right",
                        SECRET_LENGTH, fastest[0] / 1000, fastest[1] / 1000))
                .isGreaterThanOrEqualTo(fastest[1]);
    }

    @Test
    @DisplayName("8.8 takes as long to reject a wrong user as a wrong password")
    void userAndPasswordInConstantTime(Random random) {
        String password = letters(random, SECRET_LENGTH);
        AuthSettings required = AuthSettings.userPassword("alice", password);

        long[] fastest = fastestRejections(
                required,
                offering("alicf", password, null),
                offering("alice", changedAt(password, SECRET_LENGTH - 1), null));

        assertThat(fastest[0] * SLACK)
                .as(EXERCISE.says(
                        "rejecting a wrong user took %d µs, a wrong password (of %d characters) %d µs: it must take as"
                                + " long to reject a wrong user as a wrong password, or an attacker learns which users"
                                + " exist; check the user and the password both, always, in constant time",
                        fastest[0] / 1000, SECRET_LENGTH, fastest[1] / 1000))
                .isGreaterThanOrEqualTo(fastest[1]);
    }

    /**
     * The fastest of {@link #ROUNDS} rejections of each attempt, in nanoseconds. The two take turns, so that both
     * meet the same machine; the fastest is what the code costs, without what other threads, the garbage collector
     * or the JIT compiler added to some of the rounds.
     */
    private static long[] fastestRejections(AuthSettings required, Credentials first, Credentials second) {
        Credentials[] attempts = {first, second};
        long[] fastest = {Long.MAX_VALUE, Long.MAX_VALUE};
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < attempts.length; i++) {
                long started = System.nanoTime();
                boolean admitted = Authenticator.admits(required, attempts[i]);
                long took = System.nanoTime() - started;
                assertThat(admitted)
                        .as(EXERCISE.says("a wrong guess (%s) must be rejected", attempts[i]))
                        .isFalse();
                fastest[i] = Math.min(fastest[i], took);
            }
        }
        return fastest;
    }

    private static String letters(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    /** {@code text} with the character at {@code index} replaced by another letter. */
    private static String changedAt(String text, int index) {
        char other = text.charAt(index) == 'z' ? 'a' : (char) (text.charAt(index) + 1);
        return text.substring(0, index) + other + text.substring(index + 1);
    }

    @Test
    @DisplayName("8.8 lets jnats in with the right token and keeps it out with a wrong one")
    void tokenOverTheWire() throws Exception {
        try (TestBroker broker =
                TestBroker.start(EXERCISE, BrokerOptions.defaults().withAuth(AuthSettings.token("s3cret")))) {
            try (Connection nc = broker.connect(new Options.Builder().token("s3cret".toCharArray()))) {
                nc.flush(Duration.ofSeconds(2));
                assertThat(nc.getServerInfo().isAuthRequired())
                        .as(broker.describe("INFO announces auth_required"))
                        .isTrue();
            }
            Throwable refused = catchThrowable(
                    () -> broker.connect(new Options.Builder().token("guess".toCharArray()), Duration.ofMillis(500))
                            .close());
            assertThat(refused)
                    .as(broker.describe("jnats with the wrong token \"guess\" must fail to connect, but it connected"))
                    .isInstanceOf(AssertionError.class);
        }
    }

    @Test
    @DisplayName("8.8 closes connections with wrong credentials, or none, with -ERR 'Authorization Violation'")
    void userPasswordOverTheWire() throws Exception {
        try (TestBroker broker = TestBroker.start(
                EXERCISE, BrokerOptions.defaults().withAuth(AuthSettings.userPassword("alice", "wonder")))) {
            try (Connection nc = broker.connect(new Options.Builder().userInfo("alice", "wonder"))) {
                nc.flush(Duration.ofSeconds(2));
            }
            for (String attempt : new String[] {
                "CONNECT {\"verbose\":false,\"user\":\"alice\",\"pass\":\"land\"}\r\nPING\r\n",
                "CONNECT {\"verbose\":false}\r\nPING\r\n",
                "PING\r\n",
                "SUB secrets.> 1\r\n"
            }) {
                try (RawClient client = broker.raw()) {
                    client.firstRead();
                    client.sendQuietly(attempt.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                    assertThat(client.readUntilClosed())
                            .as(broker.describe("the answer to " + RawClient.printable(attempt)))
                            .isEqualTo("-ERR 'Authorization Violation'\r\n");
                }
            }
        }
    }
}

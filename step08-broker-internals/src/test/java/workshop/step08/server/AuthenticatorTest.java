package workshop.step08.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nats.client.Connection;
import io.nats.client.Options;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.step08.support.RawClient;
import workshop.step08.support.TestBroker;
import workshop.testkit.Exercise;

/** Exercise 8.8: the right token or user and password gets in; anything else gets 'Authorization Violation'. */
class AuthenticatorTest {

    private static final Exercise EXERCISE = Exercise.of("8.8");

    private static Credentials offering(String user, String password, String token) {
        return new Credentials(Optional.ofNullable(user), Optional.ofNullable(password), Optional.ofNullable(token));
    }

    @Test
    @DisplayName("8.8 admits the right token or user and password, and nothing else")
    void decides() {
        AuthSettings token = AuthSettings.token("s3cret");
        AuthSettings userPassword = AuthSettings.userPassword("alice", "wonder");

        assertThat(Authenticator.admits(token, offering(null, null, "s3cret")))
                .as(EXERCISE.says("the right token"))
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
            assertThatThrownBy(() ->
                            broker.connect(new Options.Builder().token("guess".toCharArray()), Duration.ofMillis(500)))
                    .as(broker.describe("jnats with a wrong token must fail to connect"))
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

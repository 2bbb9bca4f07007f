package workshop.step08.use;

import io.nats.client.Options;
import java.util.Map;

/**
 * Logging in to nats-server with a secret the client sends: a shared token, or a user name and a
 * password that the server checks against a bcrypt hash. The server's configuration never holds the
 * password itself, only its hash; the client still sends the password in its {@code CONNECT}, so on
 * anything but loopback the connection wants TLS (8.20).
 * <p>
 * A client the server does not let in is answered {@code -ERR 'Authorization Violation'} and
 * disconnected; jnats' {@code Nats.connect} then throws an {@code AuthenticationException} saying
 * {@code Authorization Violation}.
 */
public final class PasswordLogins {

    private PasswordLogins() {}

    /**
     * The {@code authorization} block that lets in every client sending {@code token}, and no other.
     * One token for everyone: the server cannot tell the clients apart.
     */
    public static String tokenAuthorization(String token) {
        // EXERCISE 8.15 BEGIN: an authorization block with this token.
        return """
                authorization {
                  token: "%s"
                }
                """.formatted(token);
        // EXERCISE 8.15 END
    }

    /**
     * The {@code authorization} block with one user per entry of {@code bcryptHashByUser}: the user's
     * name, and the bcrypt hash of its password ({@code $2a$…} or {@code $2b$…}, as {@code nats server
     * passwd} makes it). Each user logs in with its own password, no other.
     */
    public static String userAuthorization(Map<String, String> bcryptHashByUser) {
        // EXERCISE 8.15 BEGIN: an authorization block with a users list: each user with its hashed password.
        StringBuilder users = new StringBuilder();
        for (Map.Entry<String, String> user : bcryptHashByUser.entrySet()) {
            // the hash quoted: unquoted, its $2b$… would read as a variable reference
            users.append("    { user: \"%s\", password: \"%s\" }\n".formatted(user.getKey(), user.getValue()));
        }
        return """
                authorization {
                  users: [
                %s  ]
                }
                """.formatted(users);
        // EXERCISE 8.15 END
    }

    /**
     * jnats options for {@code url} that log in with {@code token}; the caller adds the rest
     * (timeouts, listeners) to the builder it gets back.
     */
    public static Options.Builder withToken(String url, char[] token) {
        // EXERCISE 8.15 BEGIN: the server and the token.
        return new Options.Builder().server(url).token(token);
        // EXERCISE 8.15 END
    }

    /**
     * jnats options for {@code url} that log in as {@code user} with its (plain, not hashed)
     * {@code password}; the caller adds the rest to the builder it gets back.
     */
    public static Options.Builder withPassword(String url, String user, char[] password) {
        // EXERCISE 8.15 BEGIN: the server, the user and its password.
        return new Options.Builder().server(url).userInfo(user.toCharArray(), password);
        // EXERCISE 8.15 END
    }
}

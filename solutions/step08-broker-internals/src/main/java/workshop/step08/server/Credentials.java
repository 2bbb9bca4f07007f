package workshop.step08.server;

import java.util.Optional;

/**
 * The credentials a client offered in CONNECT, each only if it sent it. A client may send more
 * than the broker asks for; the {@link Authenticator} looks at what the broker's
 * {@link AuthSettings} require. {@code toString()} never shows a secret.
 *
 * @param user     {@code "user"}
 * @param password {@code "pass"}
 * @param token    {@code "auth_token"}
 */
public record Credentials(Optional<String> user, Optional<String> password, Optional<String> token) {

    /** A CONNECT without any credentials (or no CONNECT yet). */
    public static Credentials none() {
        return new Credentials(Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static Credentials token(String token) {
        return new Credentials(Optional.empty(), Optional.empty(), Optional.of(token));
    }

    public static Credentials userPassword(String user, String password) {
        return new Credentials(Optional.of(user), Optional.of(password), Optional.empty());
    }

    @Override
    public String toString() {
        return "Credentials[user=" + user.orElse("(none)") + ", password "
                + (password.isPresent() ? "given" : "not given") + ", token "
                + (token.isPresent() ? "given" : "not given") + "]";
    }
}

package workshop.step08.server;

/**
 * What a client must present in CONNECT: nothing, a token ({@code auth_token}), or a user and
 * password ({@code user}, {@code pass}). The broker announces {@code auth_required} in INFO when
 * anything is required. {@code toString()} never shows a secret.
 */
public sealed interface AuthSettings {

    /** Anyone may connect. */
    record None() implements AuthSettings {
        @Override
        public String toString() {
            return "none";
        }
    }

    /** A client must send {@code "auth_token"} with this token. */
    record Token(String token) implements AuthSettings {
        @Override
        public String toString() {
            return "token";
        }
    }

    /** A client must send {@code "user"} and {@code "pass"} with these values. */
    record UserPassword(String user, String password) implements AuthSettings {
        @Override
        public String toString() {
            return "user " + user + " with a password";
        }
    }

    static AuthSettings none() {
        return new None();
    }

    static AuthSettings token(String token) {
        return new Token(token);
    }

    static AuthSettings userPassword(String user, String password) {
        return new UserPassword(user, password);
    }

    /** Whether a client must present anything at all. */
    default boolean required() {
        return !(this instanceof None);
    }
}

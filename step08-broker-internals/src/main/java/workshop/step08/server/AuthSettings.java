package workshop.step08.server;

/**
 * What a client must present in CONNECT: nothing, a token ({@code auth_token}), or a user and
 * password ({@code user}, {@code pass}). The broker announces {@code auth_required} in INFO when
 * anything is required.
 */
public record AuthSettings(String token, String user, String password) {

    public static AuthSettings none() {
        return new AuthSettings(null, null, null);
    }

    public static AuthSettings token(String token) {
        return new AuthSettings(token, null, null);
    }

    public static AuthSettings userPassword(String user, String password) {
        return new AuthSettings(null, user, password);
    }

    public boolean required() {
        return token != null || user != null;
    }

    @Override
    public String toString() { // never print secrets
        return token != null ? "token" : user != null ? "user " + user + " with a password" : "none";
    }
}

package workshop.step08.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/** Decides whether a client's CONNECT carries the credentials the broker requires. */
public final class Authenticator {

    private Authenticator() {}

    /**
     * Whether {@code offered} satisfies {@code required}: anything when nothing is required; the
     * same token; or the same user and the same password. Secrets are compared in constant time,
     * so the time a rejection takes tells an attacker nothing about how much of a guess was right.
     */
    public static boolean admits(AuthSettings required, Credentials offered) {
        // EXERCISE 8.8 BEGIN: Switch on what is required: nothing, the token, or the user and the password; a
        // credential not offered never matches.
        return switch (required) {
            case AuthSettings.None none -> true;
            case AuthSettings.Token token -> sameSecret(token.token(), offered.token());
            case AuthSettings.UserPassword userPassword ->
                sameSecret(userPassword.user(), offered.user())
                        & sameSecret(userPassword.password(), offered.password()); // '&': check both, always
        };
        // EXERCISE 8.8 END
    }

    private static boolean sameSecret(String expected, Optional<String> offered) {
        return offered.isPresent()
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), offered.get().getBytes(StandardCharsets.UTF_8));
    }
}

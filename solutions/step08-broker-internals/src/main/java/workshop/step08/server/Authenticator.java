package workshop.step08.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Decides whether a client's CONNECT carries the credentials the broker requires. */
public final class Authenticator {

    private Authenticator() {
    }

    /**
     * Whether {@code offered} satisfies {@code required}: anything when nothing is required; the
     * same token; or the same user and the same password. Secrets are compared in constant time,
     * so the time a rejection takes tells an attacker nothing about how much of a guess was right.
     */
    public static boolean admits(AuthSettings required, ConnectOptions offered) {
        // EXERCISE 8.8 BEGIN: Compare the token, or the user and the password; a missing credential never matches.
        if (!required.required()) {
            return true;
        }
        if (required.token() != null) {
            return sameSecret(required.token(), offered.authToken());
        }
        boolean sameUser = sameSecret(required.user(), offered.user());
        boolean samePassword = sameSecret(required.password(), offered.pass());
        return sameUser & samePassword; // '&': check both, always
        // EXERCISE 8.8 END
    }

    private static boolean sameSecret(String expected, String offered) {
        if (expected == null || offered == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), offered.getBytes(StandardCharsets.UTF_8));
    }
}

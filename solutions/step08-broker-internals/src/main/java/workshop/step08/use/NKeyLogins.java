package workshop.step08.use;

import io.nats.client.AuthHandler;
import io.nats.client.NKey;
import io.nats.client.Options;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.List;

/**
 * Logging in to nats-server with an NKey: an Ed25519 key pair whose public key, {@code U…}, is all
 * the server's configuration holds. The secret, the seed ({@code SU…}), never leaves the client: the
 * server puts a random nonce in its {@code INFO}, the client signs it with the seed and sends its
 * public key and the signature in {@code CONNECT}, and the server checks the signature against the
 * public keys it lists. Someone who reads the configuration, or the traffic, learns nothing that lets
 * them log in.
 */
public final class NKeyLogins {

    private NKeyLogins() {}

    /**
     * The {@code authorization} block that lets in the holder of each of {@code users}' seeds, and no
     * other key.
     */
    public static String nkeyAuthorization(List<NKey> users) throws GeneralSecurityException, IOException {
        // EXERCISE 8.16 BEGIN: an authorization block with a users list: one entry per user, naming its key.
        StringBuilder entries = new StringBuilder();
        for (NKey user : users) {
            entries.append("    { nkey: \"%s\" }\n".formatted(new String(user.getPublicKey())));
        }
        return """
                authorization {
                  users: [
                %s  ]
                }
                """.formatted(entries);
        // EXERCISE 8.16 END
    }

    /**
     * What jnats asks while it connects: {@link AuthHandler#getID()} is the public key,
     * {@link AuthHandler#sign(byte[])} the signature of the server's nonce with {@code key}'s seed, and
     * {@link AuthHandler#getJWT()} null (no JWT: the server lists the key itself, see 8.17).
     */
    public static AuthHandler signingWith(NKey key) {
        return new AuthHandler() {
            @Override
            public char[] getID() {
                // EXERCISE 8.16 BEGIN: who this client is.
                try {
                    return key.getPublicKey();
                } catch (GeneralSecurityException | IOException e) {
                    throw new IllegalStateException("Could not derive the public key", e);
                }
                // EXERCISE 8.16 END
            }

            @Override
            public byte[] sign(byte[] nonce) {
                // EXERCISE 8.16 BEGIN: the proof that this client holds the seed.
                try {
                    return key.sign(nonce);
                } catch (GeneralSecurityException | IOException e) {
                    throw new IllegalStateException("Could not sign the server's nonce", e);
                }
                // EXERCISE 8.16 END
            }

            @Override
            public char[] getJWT() {
                // EXERCISE 8.16 BEGIN: no JWT here.
                return null;
                // EXERCISE 8.16 END
            }
        };
    }

    /** jnats options for {@code url} that log in with {@code key}; the caller adds the rest to the builder. */
    public static Options.Builder withNKey(String url, NKey key) {
        // EXERCISE 8.16 BEGIN: the server, and the handler that answers for the key.
        return new Options.Builder().server(url).authHandler(signingWith(key));
        // EXERCISE 8.16 END
    }
}

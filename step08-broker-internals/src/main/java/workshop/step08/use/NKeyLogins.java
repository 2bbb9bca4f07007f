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
        // TODO Exercise 8.16: an authorization block with a users list: one entry per user, naming its key.
        throw new UnsupportedOperationException("Exercise 8.16 is not solved yet: Log in with an NKey. Read step08-broker-internals/README.md#816-log-in-with-an-nkey");
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
                // TODO Exercise 8.16: who this client is.
                throw new UnsupportedOperationException("Exercise 8.16 is not solved yet: Log in with an NKey. Read step08-broker-internals/README.md#816-log-in-with-an-nkey");
            }

            @Override
            public byte[] sign(byte[] nonce) {
                // TODO Exercise 8.16: the proof that this client holds the seed.
                throw new UnsupportedOperationException("Exercise 8.16 is not solved yet: Log in with an NKey. Read step08-broker-internals/README.md#816-log-in-with-an-nkey");
            }

            @Override
            public char[] getJWT() {
                // TODO Exercise 8.16: no JWT here.
                throw new UnsupportedOperationException("Exercise 8.16 is not solved yet: Log in with an NKey. Read step08-broker-internals/README.md#816-log-in-with-an-nkey");
            }
        };
    }

    /** jnats options for {@code url} that log in with {@code key}; the caller adds the rest to the builder. */
    public static Options.Builder withNKey(String url, NKey key) {
        // TODO Exercise 8.16: the server, and the handler that answers for the key.
        throw new UnsupportedOperationException("Exercise 8.16 is not solved yet: Log in with an NKey. Read step08-broker-internals/README.md#816-log-in-with-an-nkey");
    }
}

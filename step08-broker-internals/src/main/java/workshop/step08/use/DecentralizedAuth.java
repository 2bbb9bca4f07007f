package workshop.step08.use;

import io.nats.client.NKey;
import io.nats.client.Nats;
import io.nats.client.Options;
import io.nats.client.support.JwtUtils;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Map;

/**
 * Decentralized authentication: the server holds no user list. It trusts one <em>operator</em> key; the
 * operator signs each <em>account</em>'s JWT, and an account signs the JWTs of its <em>users</em>. A client
 * shows its user JWT and signs the server's nonce with its private key (the NKey seed), both read from a
 * <em>creds file</em>; the server checks the chain user → account → operator and puts the client in the
 * account that signed it. Adding a user is signing a JWT: the server's configuration does not change.
 * <p>
 * The keys come from {@code NKey.createOperator}, {@code createAccount} and {@code createUser}; the JWTs
 * from jnats' {@link JwtUtils} (what the {@code nsc} tool writes for you in production).
 */
public final class DecentralizedAuth {

    private DecentralizedAuth() {}

    /**
     * The operator's JWT, self-signed: subject and issuer are the operator's own public key. Its claims
     * say only what it is, {@code {"type":"operator","version":2}}.
     */
    public static String operatorJwt(NKey operator, String name) throws GeneralSecurityException, IOException {
        String publicKey = new String(operator.getPublicKey());
        return JwtUtils.issueJWT(
                operator,
                publicKey,
                name,
                null, // never expires
                JwtUtils.currentTimeSeconds(),
                publicKey,
                () -> "{\"type\":\"operator\",\"version\":2}");
    }

    /**
     * The claims of an account JWT, as JSON: an account of version 2 whose users may open any number of
     * connections and subscriptions, publish payloads of any size, and import and export without limit (-1 is
     * "no limit"), exports with wildcards too. Such an account has no JetStream.
     */
    public static String accountClaims() {
        // TODO Exercise 8.17: the account's type and version, and limits that allow everything, wildcard exports too.
        throw new UnsupportedOperationException("Exercise 8.17 is not solved yet: Log in with a user JWT and a creds file. Read step08-broker-internals/README.md#817-log-in-with-a-user-jwt-and-a-creds-file");
    }

    /** The account's JWT with {@link #accountClaims()}, signed by the operator: subject the account's public key. */
    public static String accountJwt(NKey operator, NKey account, String name)
            throws GeneralSecurityException, IOException {
        return JwtUtils.issueJWT(
                operator,
                new String(account.getPublicKey()),
                name,
                null, // never expires
                JwtUtils.currentTimeSeconds(),
                new String(operator.getPublicKey()),
                DecentralizedAuth::accountClaims);
    }

    /**
     * A creds file's text for {@code user}, named {@code name}: the user's JWT, issued and signed by
     * {@code account}, then the user's seed, in the format {@code nsc} writes and {@link Nats#credentials(String)}
     * reads.
     */
    public static String userCreds(NKey account, NKey user, String name) throws GeneralSecurityException, IOException {
        // TODO Exercise 8.17: issue the user's JWT with the account's key, and put it and the user's seed in a creds
        // file.
        throw new UnsupportedOperationException("Exercise 8.17 is not solved yet: Log in with a user JWT and a creds file. Read step08-broker-internals/README.md#817-log-in-with-a-user-jwt-and-a-creds-file");
    }

    /**
     * The server's part: trust the operator whose JWT is {@code operatorJwt}, know the accounts of
     * {@code accountJwts} (public key → JWT) from the configuration itself, with no account server to
     * ask, and use {@code systemAccount} (a public key among them) as the system account.
     */
    public static String serverTrust(String operatorJwt, String systemAccount, Map<String, String> accountJwts) {
        // TODO Exercise 8.17: the operator, a resolver that holds the accounts in memory, preloaded with their JWTs,
        // and the system account.
        throw new UnsupportedOperationException("Exercise 8.17 is not solved yet: Log in with a user JWT and a creds file. Read step08-broker-internals/README.md#817-log-in-with-a-user-jwt-and-a-creds-file");
    }

    /** jnats options that log in to {@code url} as the user of the creds file; no reconnecting. */
    public static Options options(String url, Path credsFile, Duration connectionTimeout) {
        // TODO Exercise 8.17: the server, an auth handler reading the creds file, the timeout; no reconnecting.
        throw new UnsupportedOperationException("Exercise 8.17 is not solved yet: Log in with a user JWT and a creds file. Read step08-broker-internals/README.md#817-log-in-with-a-user-jwt-and-a-creds-file");
    }
}

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
import java.util.stream.Collectors;

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
        // EXERCISE 8.17 BEGIN: the account's type and version, and limits that allow everything, wildcard exports too.
        return """
                {"limits":{"subs":-1,"data":-1,"payload":-1,"imports":-1,"exports":-1,"wildcards":true,\
                "conn":-1,"leaf":-1},"type":"account","version":2}""";
        // EXERCISE 8.17 END
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
        // EXERCISE 8.17 BEGIN: issue the user's JWT with the account's key, and put it and the user's seed in a creds
        // file.
        String jwt = JwtUtils.issueUserJWT(
                account, new String(account.getPublicKey()), new String(user.getPublicKey()), name);
        return String.format(JwtUtils.NATS_USER_JWT_FORMAT, jwt, new String(user.getSeed()));
        // EXERCISE 8.17 END
    }

    /**
     * The server's part: trust the operator whose JWT is {@code operatorJwt}, know the accounts of
     * {@code accountJwts} (public key → JWT) from the configuration itself, with no account server to
     * ask, and use {@code systemAccount} (a public key among them) as the system account.
     */
    public static String serverTrust(String operatorJwt, String systemAccount, Map<String, String> accountJwts) {
        // EXERCISE 8.17 BEGIN: the operator, a resolver that holds the accounts in memory, preloaded with their JWTs,
        // and the system account.
        String preload = accountJwts.entrySet().stream()
                .map(account -> "  " + account.getKey() + ": \"" + account.getValue() + "\"")
                .collect(Collectors.joining("\n"));
        return """
                operator: "%s"
                resolver: MEMORY
                resolver_preload {
                %s
                }
                system_account: %s
                """.formatted(operatorJwt, preload, systemAccount);
        // EXERCISE 8.17 END
    }

    /** jnats options that log in to {@code url} as the user of the creds file; no reconnecting. */
    public static Options options(String url, Path credsFile, Duration connectionTimeout) {
        // EXERCISE 8.17 BEGIN: the server, an auth handler reading the creds file, the timeout; no reconnecting.
        return new Options.Builder()
                .server(url)
                .authHandler(Nats.credentials(credsFile.toString()))
                .connectionTimeout(connectionTimeout)
                .noReconnect()
                .build();
        // EXERCISE 8.17 END
    }
}

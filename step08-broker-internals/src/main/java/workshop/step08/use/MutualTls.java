package workshop.step08.use;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import javax.net.ssl.SSLContext;

/**
 * Mutual TLS: the server proves who it is with its certificate, and so does every client. The server
 * accepts only clients whose certificate a CA it trusts signed, and can take the client's name from
 * that certificate, so the certificate is the client's login: no token, no password.
 */
public final class MutualTls {

    private MutualTls() {}

    /**
     * A {@code tls} block that demands a client certificate signed by the CA in {@code caFile}: a
     * client without one, or with one another CA signed, never finishes the handshake. All three
     * files are PEM, named relative to the server's directory.
     */
    public static String serverVerifyingClients(String certFile, String keyFile, String caFile) {
        // TODO Exercise 8.21: the server's certificate and key, the CA its clients' certificates must come from, and
        // the switch that makes a client certificate required.
        throw new UnsupportedOperationException("Exercise 8.21 is not solved yet: Prove who the client is with mutual TLS. Read step08-broker-internals/README.md#821-prove-who-the-client-is-with-mutual-tls");
    }

    /**
     * Like {@link #serverVerifyingClients}, and the client's certificate is also its user: the server
     * maps the certificate's subject ({@code CN=alice}) to the user of that name in the
     * {@code authorization} block, and refuses a certificate whose subject is no user there.
     */
    public static String serverMappingCertificatesToUsers(
            String certFile, String keyFile, String caFile, String... certificateSubjects) {
        // TODO Exercise 8.21: a tls block that verifies client certificates and maps them to users, and an
        // authorization block whose users are the certificates' subjects, with no password.
        throw new UnsupportedOperationException("Exercise 8.21 is not solved yet: Prove who the client is with mutual TLS. Read step08-broker-internals/README.md#821-prove-who-the-client-is-with-mutual-tls");
    }

    /**
     * An SSLContext for a client that shows the key and certificate chain in the PKCS12 store
     * {@code clientKeyStore} and trusts exactly the CA whose PEM certificate is {@code caCertificate}.
     */
    public static SSLContext clientContext(Path clientKeyStore, char[] password, Path caCertificate)
            throws IOException, GeneralSecurityException {
        // TODO Exercise 8.21: key managers from the client's key store (what the client shows), the CA's trust
        // managers from 8.20 (what it believes), both in one SSLContext.
        throw new UnsupportedOperationException("Exercise 8.21 is not solved yet: Prove who the client is with mutual TLS. Read step08-broker-internals/README.md#821-prove-who-the-client-is-with-mutual-tls");
    }
}

package workshop.step08.use;

import io.nats.client.Options;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

/**
 * A nats-server that speaks TLS, and a jnats client that checks the server's certificate against the
 * certificate authority (CA) that signed it, not against the JDK's list of public CAs.
 */
public final class TlsClients {

    private TlsClients() {}

    /**
     * The server's part: a {@code tls} block with its certificate and private key, both PEM files
     * named relative to the server's directory.
     */
    public static String serverTls(String certFile, String keyFile) {
        // TODO Exercise 8.20: a tls block with the server's certificate and key files.
        throw new UnsupportedOperationException("Exercise 8.20 is not solved yet: Connect over TLS. Read step08-broker-internals/README.md#820-connect-over-tls");
    }

    /**
     * An SSLContext that trusts exactly the CA whose PEM certificate is in {@code caCertificate}: a
     * server certificate that CA signed passes, any other fails the handshake.
     */
    public static SSLContext trusting(Path caCertificate) throws IOException, GeneralSecurityException {
        // TODO Exercise 8.20: an SSLContext whose trust managers are the CA's, and no key managers.
        throw new UnsupportedOperationException("Exercise 8.20 is not solved yet: Connect over TLS. Read step08-broker-internals/README.md#820-connect-over-tls");
    }

    /**
     * Trust managers that believe exactly the CA whose PEM certificate is in {@code caCertificate}: the
     * half of an SSLContext that decides whom this side trusts.
     */
    public static TrustManager[] trustManagersFor(Path caCertificate) throws IOException, GeneralSecurityException {
        // TODO Exercise 8.20: read the CA certificate, put it in an empty trust store, and make trust managers from
        // that store.
        throw new UnsupportedOperationException("Exercise 8.20 is not solved yet: Connect over TLS. Read step08-broker-internals/README.md#820-connect-over-tls");
    }

    /** jnats options for a TLS connection to {@code url} ({@code tls://host:port}) with this SSLContext. */
    public static Options options(String url, SSLContext sslContext, Duration connectionTimeout) {
        // TODO Exercise 8.20: the server, the SSLContext, the timeout; no reconnecting.
        throw new UnsupportedOperationException("Exercise 8.20 is not solved yet: Connect over TLS. Read step08-broker-internals/README.md#820-connect-over-tls");
    }
}

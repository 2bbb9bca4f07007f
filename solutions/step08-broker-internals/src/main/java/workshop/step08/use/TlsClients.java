package workshop.step08.use;

import io.nats.client.Options;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

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
        // EXERCISE 8.20 BEGIN: a tls block with the server's certificate and key files.
        return """
                tls {
                  cert_file: "%s"
                  key_file: "%s"
                }
                """.formatted(certFile, keyFile);
        // EXERCISE 8.20 END
    }

    /**
     * An SSLContext that trusts exactly the CA whose PEM certificate is in {@code caCertificate}: a
     * server certificate that CA signed passes, any other fails the handshake.
     */
    public static SSLContext trusting(Path caCertificate) throws IOException, GeneralSecurityException {
        // EXERCISE 8.20 BEGIN: an SSLContext whose trust managers are the CA's, and no key managers.
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trustManagersFor(caCertificate), null);
        return context;
        // EXERCISE 8.20 END
    }

    /**
     * Trust managers that believe exactly the CA whose PEM certificate is in {@code caCertificate}: the
     * half of an SSLContext that decides whom this side trusts.
     */
    public static TrustManager[] trustManagersFor(Path caCertificate) throws IOException, GeneralSecurityException {
        // EXERCISE 8.20 BEGIN: read the CA certificate, put it in an empty trust store, and make trust managers from
        // that store.
        Certificate ca;
        try (InputStream in = Files.newInputStream(caCertificate)) {
            ca = CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        KeyStore trustStore = KeyStore.getInstance(KeyStore.getDefaultType());
        trustStore.load(null, null); // an empty store: only the CA below is trusted
        trustStore.setCertificateEntry("workshop-ca", ca);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trustStore);
        return trust.getTrustManagers();
        // EXERCISE 8.20 END
    }

    /** jnats options for a TLS connection to {@code url} ({@code tls://host:port}) with this SSLContext. */
    public static Options options(String url, SSLContext sslContext, Duration connectionTimeout) {
        // EXERCISE 8.20 BEGIN: the server, the SSLContext, the timeout; no reconnecting.
        return new Options.Builder()
                .server(url)
                .sslContext(sslContext)
                .connectionTimeout(connectionTimeout)
                .noReconnect()
                .build();
        // EXERCISE 8.20 END
    }
}

package workshop.step08.use;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Certificates for the TLS exercises, made the way an operator makes them with the JDK's own
 * {@code keytool}: a certificate authority, a server certificate it signs (for {@code 127.0.0.1},
 * the address the test kit listens on) and a client certificate it signs (CN=alice), written as the
 * PEM files nats-server reads and the PKCS12 key store a Java client reads. Made once (a few seconds
 * of keytool runs), kept in {@code target/test-certificates} for the runs of the next hours, and
 * shared by every test that asks.
 */
final class TestCertificates {

    /** The password of every key store here: test material, never a secret. */
    static final char[] PASSWORD = "changeit".toCharArray();

    /** The CA's certificate, PEM: what a client trusts, and what a server verifying clients trusts. */
    final Path caCertificate;
    /** The server's certificate (SAN ip:127.0.0.1) and its PKCS#8 private key, PEM: for {@code tls { cert_file, key_file }}. */
    final Path serverCertificate;

    final Path serverKey;
    /** The client's key and certificate chain (CN=alice, signed by the CA), PKCS12 with {@link #PASSWORD}. */
    final Path clientKeyStore;

    private static TestCertificates made;

    private TestCertificates(Path directory) {
        this.caCertificate = directory.resolve("ca.pem");
        this.serverCertificate = directory.resolve("server-cert.pem");
        this.serverKey = directory.resolve("server-key.pem");
        this.clientKeyStore = directory.resolve("client.p12");
    }

    /**
     * Where the certificates are kept between runs: the module's {@code target} folder, so that a
     * learner who runs the tests again and again pays for keytool once a day, not every run
     * ({@code mvn clean} removes them).
     */
    private static final Path KEPT = Path.of("target", "test-certificates");

    /** Kept certificates older than this are made again; they are valid for two days. */
    private static final java.time.Duration FRESH_FOR = java.time.Duration.ofHours(20);

    /** The certificates of this test JVM: those kept from an earlier run while fresh, else made now. */
    static synchronized TestCertificates get() {
        if (made == null) {
            try {
                made = kept().orElseGet(TestCertificates::makeAndKeep);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not make the test certificates", e);
            }
        }
        return made;
    }

    /** The kept certificates, if all of them are there and fresh. */
    private static java.util.Optional<TestCertificates> kept() throws IOException {
        var certificates = new TestCertificates(KEPT.toAbsolutePath());
        for (Path file : List.of(
                certificates.caCertificate,
                certificates.serverCertificate,
                certificates.serverKey,
                certificates.clientKeyStore)) {
            if (!Files.isRegularFile(file)
                    || Files.getLastModifiedTime(file)
                            .toInstant()
                            .isBefore(java.time.Instant.now().minus(FRESH_FOR))) {
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.of(certificates);
    }

    /**
     * Makes them in a folder of their own, then moves that folder to {@link #KEPT} in one step, so a
     * run killed halfway never leaves half a set behind.
     */
    private static TestCertificates makeAndKeep() {
        try {
            Path kept = KEPT.toAbsolutePath();
            Files.createDirectories(kept.getParent());
            Path fresh = Files.createTempDirectory(kept.getParent(), "test-certificates-");
            make(fresh);
            if (Files.isDirectory(kept)) {
                try (var old = Files.walk(kept)) {
                    for (Path file :
                            old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(file);
                    }
                }
            }
            try {
                Files.move(fresh, kept, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException raced) {
                return new TestCertificates(fresh); // another test JVM kept its set first: use this one's
            }
            return new TestCertificates(kept);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make the test certificates", e);
        }
    }

    /** Copies the server's certificate, key and the CA into a server's directory, as ca.pem, server-cert.pem, server-key.pem. */
    void copyServerFilesInto(Path serverDirectory) {
        try {
            for (Path file : List.of(caCertificate, serverCertificate, serverKey)) {
                Files.copy(file, serverDirectory.resolve(file.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not copy the certificates into " + serverDirectory, e);
        }
    }

    private static TestCertificates make(Path dir) {
        var certificates = new TestCertificates(dir);
        // 1. three key pairs, each in its own PKCS12 store, at once: each keytool is a JVM start
        await(
                keytool(dir, "-genkeypair", "-alias", "ca", "-dname", "CN=Workshop Test CA", "-ext", "bc:c")
                        .appendStore("ca.p12"),
                keytool(dir, "-genkeypair", "-alias", "server", "-dname", "CN=127.0.0.1")
                        .appendStore("server.p12"),
                keytool(dir, "-genkeypair", "-alias", "client", "-dname", "CN=alice")
                        .appendStore("client-key.p12"));
        // 2. the CA signs a request from each, and exports its own certificate
        await(
                signed(dir, "server.p12", "server", "server-cert.pem", "san=ip:127.0.0.1", "eku=serverAuth"),
                signed(dir, "client-key.p12", "client", "client-cert.pem", "eku=clientAuth"),
                keytool(dir, "-exportcert", "-rfc", "-alias", "ca", "-file", "ca.pem")
                        .appendStore("ca.p12"));
        // 3. the PEM key nats-server reads, and the client's store with its key and whole chain
        try {
            KeyStore server = load(dir.resolve("server.p12"));
            PrivateKey serverKey = (PrivateKey) server.getKey("server", PASSWORD);
            Files.writeString(certificates.serverKey, pem("PRIVATE KEY", serverKey.getEncoded()));
            KeyStore client = load(dir.resolve("client-key.p12"));
            PrivateKey clientKey = (PrivateKey) client.getKey("client", PASSWORD);
            List<Certificate> chain = new ArrayList<>(readCertificates(dir.resolve("client-cert.pem")));
            chain.addAll(readCertificates(certificates.caCertificate));
            KeyStore clientStore = KeyStore.getInstance("PKCS12");
            clientStore.load(null, null);
            clientStore.setKeyEntry("client", clientKey, PASSWORD, chain.toArray(Certificate[]::new));
            try (var out = Files.newOutputStream(certificates.clientKeyStore)) {
                clientStore.store(out, PASSWORD);
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Could not write the test certificates in " + dir + ": " + e, e);
        }
        return certificates;
    }

    /** {@code keytool -certreq | keytool -gencert}: the CA signs the key pair's request, PEM to {@code pemFile}. */
    private static Process signed(Path dir, String store, String alias, String pemFile, String... extensions) {
        List<String> gencert = new ArrayList<>(List.of("-gencert", "-rfc", "-alias", "ca", "-outfile", pemFile));
        for (String extension : extensions) {
            gencert.add("-ext");
            gencert.add(extension);
        }
        try {
            List<Process> pipeline = ProcessBuilder.startPipeline(List.of(
                    keytool(dir, "-certreq", "-alias", alias).appendStore(store).builder(),
                    keytool(dir, gencert.toArray(String[]::new))
                            .appendStore("ca.p12")
                            .builder()));
            return pipeline.getLast();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run keytool", e);
        }
    }

    private static void await(Object... runs) {
        List<Process> processes = new ArrayList<>();
        for (Object run : runs) {
            processes.add(run instanceof Keytool keytool ? keytool.start() : (Process) run);
        }
        for (Process process : processes) {
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    String said = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)
                            + new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    throw new IllegalStateException("keytool failed: "
                            + process.info().commandLine().orElse("") + System.lineSeparator() + said);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while making the test certificates", e);
            }
        }
    }

    private static Keytool keytool(Path dir, String... arguments) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                // a keytool run is short: the quickest JVM start, no optimising compiler
                "-J-XX:TieredStopAtLevel=1",
                "-J-XX:+UseSerialGC"));
        command.addAll(List.of(arguments));
        if (arguments[0].equals("-genkeypair")) {
            command.addAll(List.of("-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2"));
        } else if (arguments[0].equals("-gencert")) {
            command.addAll(List.of("-validity", "2"));
        }
        return new Keytool(dir, command);
    }

    private record Keytool(Path dir, List<String> command) {
        Keytool appendStore(String store) {
            List<String> withStore = new ArrayList<>(command);
            withStore.addAll(List.of(
                    "-keystore", store, "-storetype", "PKCS12", "-storepass", new String(PASSWORD), "-noprompt"));
            return new Keytool(dir, withStore);
        }

        ProcessBuilder builder() {
            return new ProcessBuilder(command).directory(dir.toFile());
        }

        Process start() {
            try {
                return builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not run keytool", e);
            }
        }
    }

    private static KeyStore load(Path store) throws IOException, GeneralSecurityException {
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keyStore.load(in, PASSWORD);
        }
        return keyStore;
    }

    private static List<Certificate> readCertificates(Path pem) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(pem)) {
            return new ArrayList<>(CertificateFactory.getInstance("X.509").generateCertificates(in));
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}

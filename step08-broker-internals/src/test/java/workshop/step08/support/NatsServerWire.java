package workshop.step08.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import workshop.testkit.LocalNatsServer;
import workshop.testkit.NatsServers;
import workshop.testkit.ServerSettings;
import workshop.testkit.ServerSource;
import workshop.tools.ServerRelease;

/**
 * A real nats-server (the binary the test kit finds), spoken to with raw bytes, so that a test can
 * send it exactly what it sends the broker and expect the same answer from both.
 */
public final class NatsServerWire implements AutoCloseable {

    private final LocalNatsServer server;

    private NatsServerWire(LocalNatsServer server) {
        this.server = server;
    }

    /**
     * A fresh nats-server for each test class, when the test kit runs a local binary (none under NATS_URL
     * or Docker): {@code @RegisterExtension static final NatsServerWire.PerClass natsServer = NatsServerWire.perClass("name");}
     * then {@code natsServer.ifPresent(server -> …)} in a test.
     */
    public static PerClass perClass(String name) {
        return new PerClass(name);
    }

    /** The nats-server of one test class: started before its first test, stopped after its last. */
    public static final class PerClass implements BeforeAllCallback, AfterAllCallback {

        private final String name;
        private Optional<NatsServerWire> server = Optional.empty();

        private PerClass(String name) {
            this.name = name;
        }

        @Override
        public void beforeAll(ExtensionContext context) {
            server = startIfLocal(name);
        }

        @Override
        public void afterAll(ExtensionContext context) {
            server.ifPresent(NatsServerWire::close);
            server = Optional.empty();
        }

        /** Runs the check against the real server, when there is one to compare with. */
        public void ifPresent(Consumer<NatsServerWire> check) {
            server.ifPresent(check);
        }
    }

    /** A fresh nats-server when the test kit runs a local binary; empty under NATS_URL or Docker. */
    private static Optional<NatsServerWire> startIfLocal(String name) {
        if (NatsServers.source() instanceof ServerSource.LocalBinary binary) {
            return Optional.of(new NatsServerWire(LocalNatsServer.start(binary, ServerSettings.fresh(name))));
        }
        return Optional.empty();
    }

    public ServerRelease version() {
        return server.version();
    }

    /**
     * What nats-server sends after its INFO line in answer to {@code input}, up to and including the
     * first PONG, or up to {@code (closed)} when it closes the connection.
     */
    public String answerTo(String input) {
        URI url = URI.create(server.url());
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), url.getPort()), 3000);
            socket.setSoTimeout(3000);
            InputStream in = socket.getInputStream();
            try {
                socket.getOutputStream().write(input.getBytes(StandardCharsets.ISO_8859_1));
            } catch (SocketException closedWhileWriting) {
                // nats-server may close before it has read everything: what it sent is still to be read
            }
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] chunk = new byte[4096];
            while (!received.toString(StandardCharsets.ISO_8859_1).contains("PONG\r\n")) {
                int n;
                try {
                    n = in.read(chunk);
                } catch (SocketException reset) {
                    n = -1;
                }
                if (n < 0) {
                    received.write("(closed)".getBytes(StandardCharsets.ISO_8859_1));
                    break;
                }
                received.write(chunk, 0, n);
            }
            String text = received.toString(StandardCharsets.ISO_8859_1);
            return text.substring(text.indexOf("\r\n") + 2); // after INFO {…}
        } catch (SocketTimeoutException e) {
            return "(no PONG within 3 s)";
        } catch (IOException e) {
            throw new IllegalStateException("could not talk to nats-server at " + url, e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}

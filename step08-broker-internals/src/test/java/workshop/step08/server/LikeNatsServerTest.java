package workshop.step08.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.step08.support.Exercise;
import workshop.step08.support.RawClient;
import workshop.step08.support.TestBroker;
import workshop.testkit.LocalNatsServer;
import workshop.testkit.NatsServers;
import workshop.testkit.ServerSettings;
import workshop.testkit.ServerSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same bytes to the broker and to a real nats-server (the one the test kit finds), and the
 * same answer expected from both: what happens to a message published to a wildcard subject or to a
 * subject with an empty token, for a pedantic client and for one that is not (jnats is not).
 */
class LikeNatsServerTest {

    /** PUB to a wildcard subject and to one with an empty token, then PING; subscribers on orders.* (sid 1) and orders.eu (sid 2). */
    private static final String PUBLISHES = "SUB orders.* 1\r\nSUB orders.eu 2\r\nPUB orders.* 2\r\nhi\r\nPUB orders..eu 2\r\nho\r\nPING\r\n";

    private static LocalNatsServer natsServer;
    private TestBroker broker;

    @BeforeAll
    static void startNatsServer() {
        if (NatsServers.source() instanceof ServerSource.LocalBinary binary) {
            natsServer = LocalNatsServer.start(binary, ServerSettings.fresh("like-nats-server"));
        }
    }

    @AfterAll
    static void stopNatsServer() {
        if (natsServer != null) {
            natsServer.close();
        }
    }

    @BeforeEach
    void startBroker() {
        broker = TestBroker.start(Exercise.ROUTER);
    }

    @AfterEach
    void stopBroker() {
        broker.close();
    }

    @Test
    @DisplayName("8.7 a client that is not pedantic (jnats) publishes to orders.* without an error, and orders.* receives it; orders..eu reaches nobody")
    void lenientClient() {
        String input = "CONNECT {\"verbose\":false,\"pedantic\":false}\r\n" + PUBLISHES;
        String expected = "MSG orders.* 1 2\r\nhi\r\nPONG\r\n";
        assertBoth(input, expected, "answers to a client with pedantic:false");
    }

    @Test
    @DisplayName("8.7 a pedantic client (the default when CONNECT leaves it out) hears -ERR 'Invalid Publish Subject', and the message is delivered all the same")
    void pedanticClient() {
        String input = "CONNECT {\"verbose\":false}\r\n" + PUBLISHES;
        String expected = "-ERR 'Invalid Publish Subject'\r\nMSG orders.* 1 2\r\nhi\r\n-ERR 'Invalid Publish Subject'\r\nPONG\r\n";
        assertBoth(input, expected, "answers to a client whose CONNECT leaves pedantic out");
    }

    @Test
    @DisplayName("8.7 a verbose pedantic client hears -ERR, then +OK, then the delivery, in nats-server's order")
    void verbosePedanticClient() {
        String input = "CONNECT {\"pedantic\":true}\r\nSUB orders.* 1\r\nPUB orders.* 2\r\nhi\r\nPING\r\n";
        String expected = "+OK\r\n+OK\r\n-ERR 'Invalid Publish Subject'\r\n+OK\r\nMSG orders.* 1 2\r\nhi\r\nPONG\r\n";
        assertBoth(input, expected, "answers to a verbose, pedantic client");
    }

    @Test
    @DisplayName("8.6 answers the lesson's bad inputs as nats-server does, and closes the same connections")
    void errorTable() {
        String connect = "CONNECT {\"verbose\":false}\r\n";
        Map<String, String> closing = new LinkedHashMap<>(); // input -> the whole answer before the connection closes
        closing.put(connect + "FOO bar\r\n", "-ERR 'Unknown Protocol Operation'\r\n");
        closing.put(connect + "PUB foo 2\r\nabXY", "-ERR 'Unknown Protocol Operation'\r\n");
        closing.put(connect + "PUB foo 2000000\r\n", "-ERR 'Maximum Payload Violation'\r\n");
        closing.put(connect + "SUB " + "a".repeat(5000), "-ERR 'maximum control line exceeded'\r\n");
        closing.put(connect + "PUB foo\r\n", "");
        closing.put(connect + "PUB foo abc\r\n", "");
        closing.put("CONNECT {bad\r\n", "");
        closing.put("CONNECT {\"verbose\":false,\"no_responders\":true}\r\n", "-ERR 'no responders requires headers support'\r\n");
        String staysOpen = connect + "SUB foo..bar 1\r\nSUB foo.>.bar 2\r\nUNSUB 99\r\nPING\r\n";
        String staysOpenAnswer = "-ERR 'Invalid Subject'\r\n-ERR 'Invalid Subject'\r\nPONG\r\n";

        try (TestBroker session = TestBroker.start(Exercise.SESSION)) {
            closing.forEach((input, answer) -> {
                try (RawClient client = session.raw()) {
                    client.firstRead();
                    client.sendQuietly(input.getBytes(StandardCharsets.ISO_8859_1));
                    assertThat(client.readUntilClosed())
                            .as(session.describe("the answer to " + RawClient.printable(input.length() > 80 ? input.substring(0, 80) + "…" : input)
                                    + " before the broker closes the connection")).isEqualTo(answer);
                }
            });
            try (RawClient client = session.raw()) {
                client.firstRead();
                client.send(staysOpen);
                assertThat(client.readUntil("PONG\r\n")).as(session.describe("invalid SUB subjects and an unknown sid keep the connection open"))
                        .isEqualTo(staysOpenAnswer);
            }
        }
        if (natsServer != null) {
            closing.forEach((input, answer) -> assertThat(natsServerAnswer(input))
                    .as("nats-server %s's answer to %s", natsServer.version(), RawClient.printable(input.length() > 80 ? input.substring(0, 80) + "…" : input))
                    .isEqualTo(answer + "(closed)"));
            assertThat(natsServerAnswer(staysOpen)).as("nats-server %s keeps the connection open", natsServer.version()).isEqualTo(staysOpenAnswer);
        }
    }

    private void assertBoth(String input, String expected, String what) {
        try (RawClient client = broker.raw()) {
            client.firstRead();
            client.send(input);
            assertThat(client.readUntil("PONG\r\n")).as(broker.describe(what + ", from the broker")).isEqualTo(expected);
        }
        if (natsServer != null) {
            assertThat(natsServerAnswer(input)).as("the same %s from nats-server %s", what, natsServer.version()).isEqualTo(expected);
        }
    }

    /** What nats-server sends after its INFO line, up to and including the PONG, or up to "(closed)" when it closes the connection. */
    private static String natsServerAnswer(String input) {
        URI url = URI.create(natsServer.url());
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), url.getPort()), 3000);
            socket.setSoTimeout(3000);
            InputStream in = socket.getInputStream();
            try {
                socket.getOutputStream().write(input.getBytes(StandardCharsets.ISO_8859_1));
            } catch (java.net.SocketException closedWhileWriting) {
                // nats-server may close before it has read everything: what it sent is still to be read
            }
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] chunk = new byte[4096];
            while (!received.toString(StandardCharsets.ISO_8859_1).contains("PONG\r\n")) {
                int n;
                try {
                    n = in.read(chunk);
                } catch (java.net.SocketException reset) {
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
}

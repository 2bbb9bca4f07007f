package workshop.step08.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import workshop.step08.support.NatsServerWire;
import workshop.step08.support.RawClient;
import workshop.step08.support.TestBroker;
import workshop.testkit.Exercise;

/** Exercise 8.7: published subjects with wildcards or empty tokens are delivered (or not) exactly as nats-server does. */
class LikeNatsServerTest {

    private static final Exercise EXERCISE = Exercise.of("8.7");

    /** PUB to a wildcard subject and to one with an empty token, then PING; subscribers on orders.* (sid 1) and orders.eu (sid 2). */
    private static final String PUBLISHES =
            "SUB orders.* 1\r\nSUB orders.eu 2\r\nPUB orders.* 2\r\nhi\r\nPUB orders..eu 2\r\nho\r\nPING\r\n";

    @RegisterExtension
    static final NatsServerWire.PerClass natsServer = NatsServerWire.perClass("like-nats-server");

    @RegisterExtension
    final TestBroker broker = TestBroker.forEachTest(EXERCISE);

    @Test
    @DisplayName(
            "8.7 a client that is not pedantic (jnats) publishes to orders.* without an error, and orders.* receives it; orders..eu reaches nobody")
    void lenientClient() {
        String input = "CONNECT {\"verbose\":false,\"pedantic\":false}\r\n" + PUBLISHES;
        String expected = "MSG orders.* 1 2\r\nhi\r\nPONG\r\n";
        assertBoth(input, expected, "answers to a client with pedantic:false");
    }

    @Test
    @DisplayName(
            "8.7 a pedantic client (the default when CONNECT leaves it out) hears -ERR 'Invalid Publish Subject', and the message is delivered all the same")
    void pedanticClient() {
        String input = "CONNECT {\"verbose\":false}\r\n" + PUBLISHES;
        String expected =
                "-ERR 'Invalid Publish Subject'\r\nMSG orders.* 1 2\r\nhi\r\n-ERR 'Invalid Publish Subject'\r\nPONG\r\n";
        assertBoth(input, expected, "answers to a client whose CONNECT leaves pedantic out");
    }

    @Test
    @DisplayName("8.7 a verbose pedantic client hears -ERR, then +OK, then the delivery, in nats-server's order")
    void verbosePedanticClient() {
        String input = "CONNECT {\"pedantic\":true}\r\nSUB orders.* 1\r\nPUB orders.* 2\r\nhi\r\nPING\r\n";
        String expected = "+OK\r\n+OK\r\n-ERR 'Invalid Publish Subject'\r\n+OK\r\nMSG orders.* 1 2\r\nhi\r\nPONG\r\n";
        assertBoth(input, expected, "answers to a verbose, pedantic client");
    }

    private void assertBoth(String input, String expected, String what) {
        try (RawClient client = broker.raw()) {
            client.firstRead();
            client.send(input);
            assertThat(client.readUntil("PONG\r\n"))
                    .as(broker.describe(what + ", from the broker"))
                    .isEqualTo(expected);
        }
        natsServer.ifPresent(server -> assertThat(server.answerTo(input))
                .as(EXERCISE.says("the same %s from nats-server %s", what, server.version()))
                .isEqualTo(expected));
    }
}

package workshop.step08.server;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.step08.support.Exercise;
import workshop.step08.support.RawClient;
import workshop.step08.support.TestBroker;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input over the wire: the parser's violations (exercise 8.2) and the session's own checks reach
 * the client as nats-server sends them, and the offending connection is closed. Part of exercise 8.6,
 * because only a session that talks to clients can answer them.
 */
class WireErrorsTest {

    private TestBroker broker;

    @BeforeEach
    void startBroker() {
        broker = TestBroker.start(Exercise.SESSION);
    }

    @AfterEach
    void stopBroker() {
        broker.close();
    }

    @Test
    @DisplayName("8.6 answers an unknown operation with -ERR 'Unknown Protocol Operation' and closes the connection")
    void unknownOperation() {
        assertThat(answerTo("CONNECT {\"verbose\":false}\r\nFOO bar\r\n"))
                .as(broker.describe("the answer to FOO bar")).isEqualTo("-ERR 'Unknown Protocol Operation'\r\n");
    }

    @Test
    @DisplayName("8.6 answers a PUB over max_payload with -ERR 'Maximum Payload Violation' and closes the connection")
    void payloadTooLarge() {
        assertThat(answerTo("CONNECT {\"verbose\":false}\r\nPUB foo 2000000\r\n"))
                .as(broker.describe("the answer to PUB foo 2000000 (max_payload is 1 MiB)")).isEqualTo("-ERR 'Maximum Payload Violation'\r\n");
    }

    @Test
    @DisplayName("8.6 answers a control line over 4096 bytes with -ERR 'maximum control line exceeded' and closes the connection")
    void controlLineTooLong() {
        assertThat(answerTo("CONNECT {\"verbose\":false}\r\nSUB " + "a".repeat(5000)))
                .as(broker.describe("the answer to a 5000-byte SUB line without its end")).isEqualTo("-ERR 'maximum control line exceeded'\r\n");
    }

    @Test
    @DisplayName("8.6 closes a connection with malformed arguments without an -ERR, as nats-server does")
    void malformedArguments() {
        for (String bad : List.of("PUB foo\r\n", "PUB foo abc\r\n", "PUB foo -1\r\n", "HPUB foo 20 10\r\n", "SUB foo q 1 x\r\n",
                "CONNECT {bad\r\n", "CONNECT {\"a\":" + "[".repeat(3000) + "\r\n")) {
            assertThat(answerTo("CONNECT {\"verbose\":false}\r\n" + bad))
                    .as(broker.describe("the answer to " + RawClient.printable(bad))).isEmpty();
        }
        assertThat(broker.broker().failures()).as(broker.describe("exceptions that escaped the broker's connection code")).isEmpty();
    }

    /** What the broker sends after INFO until it closes the connection. */
    private String answerTo(String input) {
        try (RawClient client = broker.raw()) {
            client.firstRead();
            client.sendQuietly(input.getBytes(StandardCharsets.ISO_8859_1));
            return client.readUntilClosed();
        }
    }
}

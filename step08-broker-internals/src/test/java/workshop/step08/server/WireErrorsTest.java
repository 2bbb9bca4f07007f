package workshop.step08.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import workshop.step08.support.NatsServerWire;
import workshop.step08.support.RawClient;
import workshop.step08.support.TestBroker;
import workshop.testkit.Exercise;

/** Exercise 8.6: bad input gets nats-server's answer over the wire, and the same connections close as on nats-server. */
class WireErrorsTest {

    private static final Exercise EXERCISE = Exercise.of("8.6");

    @RegisterExtension
    static final NatsServerWire.PerClass natsServer = NatsServerWire.perClass("wire-errors");

    @RegisterExtension
    final TestBroker broker = TestBroker.forEachTest(EXERCISE);

    @Test
    @DisplayName("8.6 answers an unknown operation with -ERR 'Unknown Protocol Operation' and closes the connection")
    void unknownOperation() {
        assertThat(answerTo("CONNECT {\"verbose\":false}\r\nFOO bar\r\n"))
                .as(broker.describe("the answer to FOO bar"))
                .isEqualTo("-ERR 'Unknown Protocol Operation'\r\n");
    }

    @Test
    @DisplayName("8.6 answers a PUB over max_payload with -ERR 'Maximum Payload Violation' and closes the connection")
    void payloadTooLarge() {
        assertThat(answerTo("CONNECT {\"verbose\":false}\r\nPUB foo 2000000\r\n"))
                .as(broker.describe("the answer to PUB foo 2000000 (max_payload is 1 MiB)"))
                .isEqualTo("-ERR 'Maximum Payload Violation'\r\n");
    }

    @Test
    @DisplayName(
            "8.6 answers a control line over 4096 bytes with -ERR 'maximum control line exceeded' and closes the connection")
    void controlLineTooLong() {
        assertThat(answerTo("CONNECT {\"verbose\":false}\r\nSUB " + "a".repeat(5000)))
                .as(broker.describe("the answer to a 5000-byte SUB line without its end"))
                .isEqualTo("-ERR 'maximum control line exceeded'\r\n");
    }

    @Test
    @DisplayName("8.6 closes a connection with malformed arguments without an -ERR, as nats-server does")
    void malformedArguments() {
        for (String bad : List.of(
                "PUB foo\r\n",
                "PUB foo abc\r\n",
                "PUB foo -1\r\n",
                "HPUB foo 20 10\r\n",
                "SUB foo q 1 x\r\n",
                "CONNECT {bad\r\n",
                "CONNECT {\"a\":" + "[".repeat(3000) + "\r\n")) {
            assertThat(answerTo("CONNECT {\"verbose\":false}\r\n" + bad))
                    .as(broker.describe("the answer to " + RawClient.printable(bad)))
                    .isEmpty();
        }
        assertThat(broker.broker().failures())
                .as(broker.describe("exceptions that escaped the broker's connection code"))
                .isEmpty();
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
        closing.put(
                "CONNECT {\"verbose\":false,\"no_responders\":true}\r\n",
                "-ERR 'no responders requires headers support'\r\n");
        String staysOpen = connect + "SUB foo..bar 1\r\nSUB foo.>.bar 2\r\nUNSUB 99\r\nPING\r\n";
        String staysOpenAnswer = "-ERR 'Invalid Subject'\r\n-ERR 'Invalid Subject'\r\nPONG\r\n";

        closing.forEach((input, answer) -> assertThat(answerTo(input))
                .as(broker.describe("the answer to " + shortened(input) + " before the broker closes the connection"))
                .isEqualTo(answer));
        try (RawClient client = broker.raw()) {
            client.firstRead();
            client.send(staysOpen);
            assertThat(client.readUntil("PONG\r\n"))
                    .as(broker.describe("invalid SUB subjects and an unknown sid keep the connection open"))
                    .isEqualTo(staysOpenAnswer);
        }
        natsServer.ifPresent(server -> {
            closing.forEach((input, answer) -> assertThat(server.answerTo(input))
                    .as(EXERCISE.says("nats-server %s's answer to %s", server.version(), shortened(input)))
                    .isEqualTo(answer + "(closed)"));
            assertThat(server.answerTo(staysOpen))
                    .as(EXERCISE.says("nats-server %s keeps the connection open", server.version()))
                    .isEqualTo(staysOpenAnswer);
        });
    }

    private static String shortened(String input) {
        return RawClient.printable(input.length() > 80 ? input.substring(0, 80) + "…" : input);
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

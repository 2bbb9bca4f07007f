package workshop.step08.server;

import io.nats.client.Connection;
import io.nats.client.Dispatcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.step08.support.Exercise;
import workshop.step08.support.RawClient;
import workshop.step08.support.TestBroker;
import workshop.testkit.SeededRandomResolver;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Bad input over the wire: the parser's errors (exercise 8.2) reach the client as nats-server
 * sends them, the offending connection is closed, and nobody else notices.
 */
@ExtendWith(SeededRandomResolver.class)
class WireErrorsTest {

    private TestBroker broker;

    @BeforeEach
    void startBroker() {
        broker = TestBroker.start(Exercise.PARSER);
    }

    @AfterEach
    void stopBroker() {
        broker.close();
    }

    @Test
    @DisplayName("8.2 answers an unknown operation with -ERR 'Unknown Protocol Operation' and closes the connection")
    void unknownOperation() {
        assertThat(answerTo("CONNECT {\"verbose\":false}\r\nFOO bar\r\n"))
                .as(broker.describe("the answer to FOO bar")).isEqualTo("-ERR 'Unknown Protocol Operation'\r\n");
    }

    @Test
    @DisplayName("8.2 answers a PUB over max_payload with -ERR 'Maximum Payload Violation' and closes the connection")
    void payloadTooLarge() {
        assertThat(answerTo("CONNECT {\"verbose\":false}\r\nPUB foo 2000000\r\n"))
                .as(broker.describe("the answer to PUB foo 2000000 (max_payload is 1 MiB)")).isEqualTo("-ERR 'Maximum Payload Violation'\r\n");
    }

    @Test
    @DisplayName("8.2 answers a control line over 4096 bytes with -ERR 'maximum control line exceeded' and closes the connection")
    void controlLineTooLong() {
        assertThat(answerTo("CONNECT {\"verbose\":false}\r\nSUB " + "a".repeat(5000)))
                .as(broker.describe("the answer to a 5000-byte SUB line without its end")).isEqualTo("-ERR 'maximum control line exceeded'\r\n");
    }

    @Test
    @DisplayName("8.2 closes a connection with malformed arguments without an -ERR, as nats-server does")
    void malformedArguments() {
        for (String bad : List.of("PUB foo\r\n", "PUB foo abc\r\n", "PUB foo -1\r\n", "HPUB foo 20 10\r\n", "SUB foo q 1 x\r\n", "CONNECT {bad\r\n")) {
            assertThat(answerTo("CONNECT {\"verbose\":false}\r\n" + bad))
                    .as(broker.describe("the answer to " + RawClient.printable(bad))).isEmpty();
        }
    }

    @Test
    @DisplayName("8.2 survives random bytes, truncated operations and abrupt disconnects while other clients lose nothing")
    void othersAreUnaffected(Random random) throws Exception {
        try (Connection subscriber = broker.connect(); Connection publisher = broker.connect()) {
            Queue<String> received = new ConcurrentLinkedQueue<>();
            Dispatcher dispatcher = subscriber.createDispatcher(msg -> received.add(new String(msg.getData(), StandardCharsets.UTF_8)));
            dispatcher.subscribe("steady");
            subscriber.flush(Duration.ofSeconds(2));

            int messages = 0;
            for (int round = 0; round < 40; round++) {
                abuse(random, round);
                publisher.publish("steady", Integer.toString(messages++).getBytes(StandardCharsets.UTF_8));
            }
            publisher.flush(Duration.ofSeconds(2));

            int expected = messages;
            await().alias(broker.describe("the well-behaved subscriber receives all " + expected + " messages, in order"))
                    .atMost(Duration.ofSeconds(5)).until(() -> received.size() >= expected);
            assertThat(received).as(broker.describe("messages of the well-behaved clients, in order"))
                    .containsExactlyElementsOf(java.util.stream.IntStream.range(0, expected).mapToObj(Integer::toString).toList());
            assertThat(broker.broker().failures()).as(broker.describe("exceptions that escaped the broker's connection code")).isEmpty();
        }
    }

    /** One abusive client: random bytes, a truncated operation, or a connection dropped mid-payload. */
    private void abuse(Random random, int round) {
        RawClient abuser = broker.raw();
        abuser.firstRead();
        switch (round % 4) {
            case 0 -> {
                byte[] noise = new byte[1 + random.nextInt(3000)];
                random.nextBytes(noise);
                abuser.sendQuietly(noise);
                abuser.close();
            }
            case 1 -> {
                abuser.sendQuietly("CONNECT {\"verbose\":false}\r\nSUB steady 1\r\nPUB steady 100\r\nonly part of it".getBytes(StandardCharsets.ISO_8859_1));
                abuser.abort();
            }
            case 2 -> {
                abuser.sendQuietly("CONNECT {\"verbose\":false}\r\nHPUB steady 5".getBytes(StandardCharsets.ISO_8859_1));
                abuser.close();
            }
            default -> {
                byte[] noise = new byte[200];
                random.nextBytes(noise);
                abuser.sendQuietly(("CONNECT {\"verbose\":false}\r\nPUB steady 300\r\n").getBytes(StandardCharsets.ISO_8859_1));
                abuser.sendQuietly(noise);
                abuser.abort();
            }
        }
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

package workshop.step08.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.testkit.Exercise;
import workshop.testkit.SeededRandomResolver;

/** Exercise 8.2: the parser reads the same operations however the bytes are split, and enforces the limits. */
@ExtendWith(SeededRandomResolver.class)
class ProtocolParserTest {

    private static final Exercise EXERCISE = Exercise.of("8.2");

    /** One of everything a client sends, with the operations the parser must report for it. */
    private static final String SESSION = """
            CONNECT {"verbose":false,"headers":true,"name":"a b"}\r
            PING\r
            PONG\r
            SUB orders.* 1\r
            SUB orders.> workers 2\r
            PUB orders.new 5\r
            hello\r
            PUB orders.new _INBOX.x.1 0\r
            \r
            HPUB orders.new _INBOX.x.2 12 14\r
            NATS/1.0\r
            \r
            hi\r
            UNSUB 1 10\r
            UNSUB 2\r
            """;

    private static final List<String> SESSION_OPERATIONS = List.of(
            "CONNECT {\"verbose\":false,\"headers\":true,\"name\":\"a b\"}",
            "PING",
            "PONG",
            "SUB orders.* 1",
            "SUB orders.> workers 2",
            "PUB orders.new 5 [hello]",
            "PUB orders.new _INBOX.x.1 0 []",
            "HPUB orders.new _INBOX.x.2 12 14 [NATS/1.0\r\n\r\nhi]",
            "UNSUB 1 10",
            "UNSUB 2 0");

    @Test
    @DisplayName("8.2 reads every operation of a session fed in one piece")
    void readsAWholeSession() {
        assertThat(parseInChunks(bytes(SESSION), new int[] {SESSION.length()}))
                .as(EXERCISE.says("the operations of a whole session"))
                .containsExactlyElementsOf(SESSION_OPERATIONS);
    }

    @Test
    @DisplayName("8.2 reads the same operations when the bytes arrive one at a time")
    void readsByteByByte() {
        int[] ones = new int[SESSION.length()];
        java.util.Arrays.fill(ones, 1);
        assertThat(parseInChunks(bytes(SESSION), ones))
                .as(EXERCISE.says("the operations of a session fed one byte per parse() call (a read may end anywhere:"
                        + " keep what earlier reads brought in the fields)"))
                .containsExactlyElementsOf(SESSION_OPERATIONS);
    }

    @Test
    @DisplayName("8.2 reads the same operations whatever random chunks the bytes arrive in")
    void readsRandomChunks(Random random) {
        byte[] session = bytes(SESSION);
        for (int round = 0; round < 200; round++) {
            int[] chunks = randomChunks(random, session.length);
            assertThat(parseInChunks(session, chunks))
                    .as(EXERCISE.says(
                            "the operations of a session fed in chunks %s (a read may end anywhere: keep what earlier"
                                    + " reads brought in the fields)",
                            java.util.Arrays.toString(chunks)))
                    .containsExactlyElementsOf(SESSION_OPERATIONS);
        }
    }

    @Test
    @DisplayName("8.2 accepts operation names in any case, tabs between fields, and lines ending in \\n alone")
    void isLenientLikeNatsServer() {
        String text = "ping\r\nPing\nsub\tfoo\t\t9\r\npub  foo 2\r\nhi\r\nUnSub 9\n";
        assertThat(parseInChunks(bytes(text), new int[] {text.length()}))
                .as(EXERCISE.says("lower case, mixed case, tabs and bare \\n"))
                .containsExactly("PING", "PING", "SUB foo 9", "PUB foo 2 [hi]", "UNSUB 9 0");
    }

    @Test
    @DisplayName("8.2 hands over payloads with any bytes in them, including \\r\\n and the bytes of an operation")
    void payloadsAreOpaque(Random random) {
        byte[] payload = new byte[300];
        random.nextBytes(payload);
        byte[] trap = bytes("\r\nPING\r\n");
        System.arraycopy(trap, 0, payload, 100, trap.length);
        byte[] head = bytes("PUB bin 300\r\n");
        byte[] input = new byte[head.length + payload.length + 2];
        System.arraycopy(head, 0, input, 0, head.length);
        System.arraycopy(payload, 0, input, head.length, payload.length);
        input[input.length - 2] = '\r';
        input[input.length - 1] = '\n';

        List<String> operations = parseInChunks(input, randomChunks(random, input.length));

        assertThat(operations)
                .as(EXERCISE.says("one PUB whose payload contains \\r\\nPING\\r\\n"))
                .containsExactly("PUB bin 300 [" + new String(payload, StandardCharsets.ISO_8859_1) + "]");
    }

    @Test
    @DisplayName("8.2 rejects an unknown operation with UNKNOWN_OPERATION")
    void rejectsUnknownOperations() {
        Map<String, String> bad = new LinkedHashMap<>(); // an input, and why nats-server rejects it
        bad.put("FOO bar\r\n", "no operation is called FOO");
        bad.put("PUBLISH x 1\r\n", "the name must be exactly an operation's, not one that starts like it");
        bad.put("\r\n", "an empty line is no operation: nats-server does not skip it");
        bad.put(" PING\r\n", "an operation starts with its first letter: nats-server skips no leading blank");
        bad.put("PI NG\r\n", "a space ends the name, and PI is no operation");
        bad.put("1PING\r\n", "an operation starts with a letter");
        bad.forEach((input, why) -> assertViolation(input, ProtocolError.UNKNOWN_OPERATION, why));
    }

    @Test
    @DisplayName("8.2 rejects a payload that is not followed by \\r\\n")
    void rejectsABadPayloadEnd() {
        assertViolation(
                "PUB foo 2\r\nhiXX\r\n",
                ProtocolError.UNKNOWN_OPERATION,
                "exactly 2 payload bytes, then \\r\\n must follow");
        assertViolation(
                "PUB foo 2\r\nhi\rX", ProtocolError.UNKNOWN_OPERATION, "after the payload's \\r only \\n may follow");
    }

    @Test
    @DisplayName("8.2 rejects a control line past the limit as soon as the limit is passed, without waiting for \\r\\n")
    void rejectsLongControlLines() {
        RecordingHandler handler = new RecordingHandler();
        ProtocolParser parser = new ProtocolParser(handler, 64, 1024);
        byte[] atLimit = bytes("SUB " + "a".repeat(62) + " 1\r\n"); // exactly 64 bytes of arguments
        parser.parse(atLimit, 0, atLimit.length);
        assertThat(handler.operations)
                .as(EXERCISE.says("a control line exactly at the limit is fine"))
                .hasSize(1);

        byte[] tooLong = bytes("SUB " + "a".repeat(100)); // no \r\n: the client may never send one
        Violations.assertViolation(
                EXERCISE,
                ProtocolError.MAXIMUM_CONTROL_LINE,
                "100 bytes of arguments without \\r\\n, with a limit of 64 (count before you keep a byte)",
                () -> parseAndDescribe(parser, tooLong));
    }

    @Test
    @DisplayName("8.2 rejects a payload over max_payload when the PUB line ends, before any payload byte")
    void rejectsLargePayloads() {
        RecordingHandler handler = new RecordingHandler();
        ProtocolParser parser = new ProtocolParser(handler, 4096, 1000);
        byte[] fits = bytes("PUB a 1000\r\n" + "x".repeat(1000) + "\r\n");
        parser.parse(fits, 0, fits.length);
        assertThat(handler.operations)
                .as(EXERCISE.says("a payload of exactly max_payload is fine"))
                .hasSize(1);

        byte[] tooBig = bytes("HPUB a 10 1001\r\n");
        Violations.assertViolation(
                EXERCISE,
                ProtocolError.MAXIMUM_PAYLOAD,
                "HPUB a 10 1001 with max_payload 1000 (max_payload counts the total size, headers included)",
                () -> parseAndDescribe(parser, tooBig));
    }

    @Test
    @DisplayName("8.2 answers random bytes with a ProtocolViolation or nothing, never with another exception")
    void survivesRandomBytes(Random random) {
        for (int round = 0; round < 500; round++) {
            byte[] noise = new byte[1 + random.nextInt(200)];
            random.nextBytes(noise);
            if (round % 2 == 0) { // half the time, start like a real operation
                byte[] start = bytes(
                        List.of("PUB ", "SUB ", "HPUB ", "UNSUB ", "CONNECT ").get(round % 5));
                System.arraycopy(start, 0, noise, 0, Math.min(start.length, noise.length));
            }
            ProtocolParser parser = new ProtocolParser(new RecordingHandler(), 256, 1024);
            try {
                parser.parse(noise, 0, noise.length);
            } catch (ProtocolViolation expected) {
                // the connection would be closed: fine
            } catch (RuntimeException e) {
                fail(EXERCISE.says("random input must end in a ProtocolViolation at worst, but threw " + e), e);
            }
        }
    }

    @Test
    @DisplayName("8.2 shows its position in the named states between reads")
    void exposesItsState() {
        ProtocolParser parser = new ProtocolParser(new RecordingHandler());
        byte[] part = bytes("PUB a 5\r\nhe");
        parser.parse(part, 0, 4);
        assertThat(parser.state()).as(EXERCISE.says("after \"PUB \"")).isEqualTo(ProtocolParser.State.ARGUMENTS);
        parser.parse(part, 4, part.length - 4);
        assertThat(parser.state())
                .as(EXERCISE.says("in the middle of a payload"))
                .isEqualTo(ProtocolParser.State.PAYLOAD);
        byte[] rest = bytes("llo\r");
        parser.parse(rest, 0, rest.length);
        assertThat(parser.state())
                .as(EXERCISE.says("after the payload's \\r"))
                .isEqualTo(ProtocolParser.State.PAYLOAD_LF);
    }

    private static void assertViolation(String input, ProtocolError expected, String why) {
        ProtocolParser parser = new ProtocolParser(new RecordingHandler());
        byte[] bytes = bytes(input);
        Violations.assertViolation(
                EXERCISE, expected, printable(input) + " (" + why + ")", () -> parseAndDescribe(parser, bytes));
    }

    /** Parses all of {@code input}; when nothing is thrown, says what the parser made of it. */
    private static String parseAndDescribe(ProtocolParser parser, byte[] input) {
        parser.parse(input, 0, input.length);
        return "the parser took it and is in state " + parser.state();
    }

    /**
     * Feeds {@code input} to one parser in reads of the given sizes and returns the operations it reported.
     * An exception other than an unsolved exercise's fails naming the read it happened in.
     */
    static List<String> parseInChunks(byte[] input, int[] chunks) {
        RecordingHandler handler = new RecordingHandler();
        ProtocolParser parser = new ProtocolParser(handler);
        int offset = 0;
        for (int n = 0; n < chunks.length; n++) {
            int chunk = chunks[n];
            // copy each chunk into a fresh array, as a socket read would: the parser may not rely on earlier arrays
            byte[] read = java.util.Arrays.copyOfRange(input, offset, offset + chunk);
            try {
                parser.parse(read, 0, read.length);
            } catch (UnsupportedOperationException unsolved) {
                throw unsolved; // an unsolved exercise says so itself
            } catch (RuntimeException e) {
                throw new AssertionError(
                        EXERCISE.says(
                                "parse() threw %s on read %d of %d, %s, after the operations %s: a read may end"
                                        + " anywhere, also between a payload and its \\r\\n or between \\r and \\n",
                                e,
                                n + 1,
                                chunks.length,
                                printable(new String(read, StandardCharsets.ISO_8859_1)),
                                handler.operations),
                        e);
            }
            java.util.Arrays.fill(read, (byte) '#');
            offset += chunk;
        }
        return handler.operations;
    }

    static int[] randomChunks(Random random, int length) {
        List<Integer> chunks = new java.util.ArrayList<>();
        int left = length;
        while (left > 0) {
            int chunk = Math.min(left, 1 + random.nextInt(random.nextBoolean() ? 4 : 40));
            chunks.add(chunk);
            left -= chunk;
        }
        return chunks.stream().mapToInt(Integer::intValue).toArray();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String printable(String text) {
        return "\"" + text.replace("\r", "\\r").replace("\n", "\\n") + "\"";
    }
}

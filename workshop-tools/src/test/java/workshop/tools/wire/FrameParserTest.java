package workshop.tools.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The spy's parser on byte chunks: frames split anywhere, sizes from the control line, headers, both directions' operations. */
class FrameParserTest {

    private static final String STREAM = """
            INFO {"server_id":"N1","version":"2.10.22","headers":true,"jetstream":true,"max_payload":1048576}\r
            CONNECT {"verbose":false,"user":"ann","pass":"s3cret","headers":true}\r
            PING\r
            sub orders.* 7\r
            SUB jobs workers 8\r
            PUB orders.new 12\r
            line1\r
            line2\r
            HPUB orders.new _INBOX.x.1 28 33\r
            NATS/1.0\r
            Nats-Msg-Id: 1\r
            \r
            hello\r
            MSG orders.new 7 $JS.ACK.S.C.1.5.5.1700000000000000000.0 3\r
            abc\r
            HMSG _INBOX.x.2 1 31 31\r
            NATS/1.0 100 Idle Heartbeat\r
            \r
            \r
            PUB\tempty 0\r
            \r
            UNSUB 7 3\r
            +OK\r
            -ERR 'Unknown Subject'\r
            PONG\r
            """;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<Frame> parseInChunks(byte[] all, int[] cuts) {
        FrameParser parser = new FrameParser();
        List<Frame> frames = new ArrayList<>();
        int from = 0;
        for (int cut : cuts) {
            frames.addAll(parser.feed(all, from, cut - from));
            from = cut;
        }
        frames.addAll(parser.feed(all, from, all.length - from));
        return frames;
    }

    @Test
    @DisplayName(
            "a stream of both directions' operations comes apart into its frames, bodies sized by their control lines")
    void wholeStream() {
        List<Frame> frames = new FrameParser().feed(bytes(STREAM));
        assertThat(frames)
                .extracting(Frame::op)
                .containsExactly(
                        "INFO", "CONNECT", "PING", "SUB", "SUB", "PUB", "HPUB", "MSG", "HMSG", "PUB", "UNSUB", "+OK",
                        "-ERR", "PONG");
        Frame pub = frames.get(5);
        assertThat(pub.payloadText())
                .as("a payload may hold CR LF: its size decides")
                .isEqualTo("line1\r\nline2");
        Frame hpub = frames.get(6);
        assertThat(hpub.subject()).isEqualTo("orders.new");
        assertThat(hpub.replyTo()).isEqualTo("_INBOX.x.1");
        assertThat(Headers.parse(hpub.headers()).get("nats-msg-id")).contains("1");
        assertThat(hpub.payloadText()).isEqualTo("hello");
        Frame msg = frames.get(7);
        assertThat(msg.sid()).isEqualTo("7");
        assertThat(msg.replyTo()).startsWith("$JS.ACK.S.C.");
        Frame heartbeat = frames.get(8);
        assertThat(Headers.parse(heartbeat.headers()).status()).contains(100);
        assertThat(heartbeat.payload()).isEmpty();
        assertThat(frames.get(9).subject()).as("tabs separate fields too").isEqualTo("empty");
        assertThat(frames.get(3).op()).as("operations are case-insensitive").isEqualTo("SUB");
    }

    @Test
    @DisplayName("split at every byte, one byte at a time, or at seeded random places, the frames are the same")
    void anySplit() {
        byte[] all = bytes(STREAM);
        List<Frame> whole = new FrameParser().feed(all);
        for (int cut = 1; cut < all.length; cut++) {
            assertThat(parseInChunks(all, new int[] {cut}))
                    .as("split at %d", cut)
                    .isEqualTo(whole);
        }
        int[] everyByte = new int[all.length - 1];
        for (int i = 0; i < everyByte.length; i++) {
            everyByte[i] = i + 1;
        }
        assertThat(parseInChunks(all, everyByte)).isEqualTo(whole);
        Random random = new Random(16);
        for (int round = 0; round < 200; round++) {
            int[] cuts = random.ints(1 + random.nextInt(8), 1, all.length)
                    .sorted()
                    .distinct()
                    .toArray();
            assertThat(parseInChunks(all, cuts)).isEqualTo(whole);
        }
    }

    @Test
    @DisplayName(
            "a big payload arrives in many reads and is one frame; a line with unreadable sizes is reported and parsing goes on")
    void bigPayloadAndBadSizes() {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        byte[] payload = new byte[300_000];
        new Random(7).nextBytes(payload);
        stream.writeBytes(bytes("PUB big " + payload.length + "\r\n"));
        stream.writeBytes(payload);
        stream.writeBytes(bytes("\r\nPUB bad x\r\nPING\r\n"));
        byte[] all = stream.toByteArray();
        FrameParser parser = new FrameParser();
        List<Frame> frames = new ArrayList<>();
        for (int from = 0; from < all.length; from += 8192) {
            frames.addAll(parser.feed(all, from, Math.min(8192, all.length - from)));
        }
        assertThat(frames).extracting(Frame::op).containsExactly("PUB", "PUB?", "PING");
        assertThat(frames.getFirst().payload()).isEqualTo(payload);
        assertThat(frames.get(1).arguments()).contains("cannot read");
    }
}

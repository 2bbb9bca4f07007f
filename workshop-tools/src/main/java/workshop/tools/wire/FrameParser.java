package workshop.tools.wire;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads NATS protocol frames from a byte stream that arrives in chunks of any size: a control line
 * may be split across reads, and so may a message's headers and payload. The sizes of PUB, HPUB,
 * MSG and HMSG bodies come from their control line, never from looking for a line end (a payload
 * may hold any bytes, CR LF included).
 *
 * <p>Feed it every chunk in order; it returns the frames completed by that chunk. A control line it
 * cannot make sense of (bad sizes) comes back as a frame whose op says so, and parsing goes on at
 * the next line.
 */
public final class FrameParser {

    /** A control line longer than this is not NATS (the server's own limit is 4 KB; an INFO can be longer). */
    static final int LONGEST_LINE = 1 << 20;

    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private String pendingOp;
    private String pendingArguments;
    private int headerSize;
    private byte[] body;
    private int filled;

    /** The frames the chunk completes, in order. */
    public List<Frame> feed(byte[] chunk, int offset, int length) {
        List<Frame> frames = new ArrayList<>();
        int i = offset;
        int end = offset + length;
        while (i < end) {
            if (body != null) {
                int take = Math.min(body.length - filled, end - i);
                System.arraycopy(chunk, i, body, filled, take);
                filled += take;
                i += take;
                if (filled == body.length) {
                    frames.add(messageFrame());
                }
                continue;
            }
            byte b = chunk[i++];
            if (b == '\n') {
                lineComplete(frames);
            } else if (line.size() < LONGEST_LINE) {
                line.write(b);
            }
        }
        return frames;
    }

    /** Feeds a whole array. */
    public List<Frame> feed(byte[] chunk) {
        return feed(chunk, 0, chunk.length);
    }

    private void lineComplete(List<Frame> frames) {
        String text = line.toString(StandardCharsets.ISO_8859_1);
        line.reset();
        if (text.endsWith("\r")) {
            text = text.substring(0, text.length() - 1);
        }
        text = new String(text.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8); // subjects may be UTF-8
        String stripped = text.stripLeading();
        if (stripped.isEmpty()) {
            return;
        }
        int space = firstSeparator(stripped);
        String op = (space < 0 ? stripped : stripped.substring(0, space)).toUpperCase(Locale.ROOT);
        String arguments = space < 0 ? "" : stripped.substring(space + 1).strip();
        switch (op) {
            case "PUB", "MSG", "HPUB", "HMSG" -> startBody(op, arguments, frames);
            default -> frames.add(new Frame(op, arguments));
        }
    }

    private void startBody(String op, String arguments, List<Frame> frames) {
        String[] fields = arguments.isEmpty() ? new String[0] : arguments.split("[ \\t]+");
        boolean withHeaders = op.startsWith("H");
        int minimum = (op.endsWith("MSG") ? 3 : 2) + (withHeaders ? 1 : 0);
        try {
            if (fields.length < minimum || fields.length > minimum + 1) {
                throw new NumberFormatException("fields");
            }
            int total = Integer.parseInt(fields[fields.length - 1]);
            int headers = withHeaders ? Integer.parseInt(fields[fields.length - 2]) : 0;
            if (total < 0 || headers < 0 || headers > total) {
                throw new NumberFormatException("sizes");
            }
            pendingOp = op;
            pendingArguments = arguments;
            headerSize = headers;
            body = new byte[total + 2]; // the body, then CR LF
            filled = 0;
        } catch (NumberFormatException e) {
            frames.add(new Frame(op + "?", arguments + "   (the spy cannot read this " + op + "'s sizes)"));
        }
    }

    private Frame messageFrame() {
        int total = body.length - 2;
        byte[] headers = java.util.Arrays.copyOfRange(body, 0, headerSize);
        byte[] payload = java.util.Arrays.copyOfRange(body, headerSize, total);
        Frame frame = new Frame(pendingOp, pendingArguments, headers, payload);
        body = null;
        pendingOp = null;
        pendingArguments = null;
        return frame;
    }

    private static int firstSeparator(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ' || text.charAt(i) == '\t') {
                return i;
            }
        }
        return -1;
    }
}

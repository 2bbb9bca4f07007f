package workshop.tools.wire;

import java.nio.charset.StandardCharsets;

/**
 * A payload as one line of the spy shows it: quoted, its start only, control and non-ASCII bytes
 * written as escapes ({@code \n}, {@code \x00}), so one frame stays one line of plain ASCII.
 */
public final class Payload {

    /** How many characters of a payload a line shows. */
    public static final int SHOWN = 64;

    private Payload() {
    }

    /** {@code 5 B "hello"}, {@code 0 B}, {@code 1200 B "{\"name\":\"orders\",..." (+1136 B)}. */
    public static String describe(byte[] payload) {
        if (payload.length == 0) {
            return "0 B";
        }
        return payload.length + " B " + quoted(payload, SHOWN);
    }

    /** The bytes, quoted and escaped, cut after {@code max} shown characters. */
    static String quoted(byte[] bytes, int max) {
        StringBuilder text = new StringBuilder("\"");
        String decoded = new String(bytes, StandardCharsets.UTF_8);
        int shown = 0;
        int index = 0;
        for (; index < decoded.length() && shown < max; index++) {
            char c = decoded.charAt(index);
            String escaped = switch (c) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                case '"' -> "\\\"";
                case '\\' -> "\\\\";
                default -> c >= 0x20 && c < 0x7f ? String.valueOf(c) : c < 0x100 ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c);
            };
            text.append(escaped);
            shown++;
        }
        text.append('"');
        if (index < decoded.length()) {
            int rest = decoded.substring(index).getBytes(StandardCharsets.UTF_8).length;
            text.append("... (+").append(rest).append(" B)");
        }
        return text.toString();
    }

    /** A text cut to {@code max} characters, with {@code ...} when cut; plain ASCII. */
    static String abbreviate(String text, int max) {
        String ascii = quoted(text.getBytes(StandardCharsets.UTF_8), max);
        String inner = ascii.substring(1, ascii.lastIndexOf('"'));
        return ascii.endsWith("\"") ? inner.replace("\\\"", "\"") : inner.replace("\\\"", "\"") + "...";
    }
}

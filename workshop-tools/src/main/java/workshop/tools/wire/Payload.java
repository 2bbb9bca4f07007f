package workshop.tools.wire;

import java.nio.charset.StandardCharsets;

/**
 * A payload as one line of the spy shows it: quoted, its start only, control and non-ASCII bytes
 * written as escapes ({@code \n}, {@code \x00}), so one frame stays one line of plain ASCII.
 */
public final class Payload {

    /** How many characters of a payload a line shows. */
    public static final int SHOWN = 64;

    private Payload() {}

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
        String decoded =
                utf8(bytes).orElseGet(() -> new String(bytes, StandardCharsets.ISO_8859_1)); // binary: a \xNN per byte
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
                default ->
                    c >= 0x20 && c < 0x7f
                            ? String.valueOf(c)
                            : c < 0x100 ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c);
            };
            text.append(escaped);
            shown++;
        }
        text.append('"');
        if (index < decoded.length()) {
            int rest = bytes.length
                    - decoded.substring(0, index)
                            .getBytes(utf8(bytes).isPresent() ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1)
                            .length;
            text.append("... (+").append(rest).append(" B)");
        }
        return text.toString();
    }

    /** The bytes as text when they are valid UTF-8; empty for binary data. */
    private static java.util.Optional<String> utf8(byte[] bytes) {
        try {
            return java.util.Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString());
        } catch (java.nio.charset.CharacterCodingException e) {
            return java.util.Optional.empty();
        }
    }

    /** A text cut to {@code max} characters, with {@code ...} when cut; plain ASCII. */
    static String abbreviate(String text, int max) {
        String ascii = quoted(text.getBytes(StandardCharsets.UTF_8), max);
        String inner = ascii.substring(1, ascii.lastIndexOf('"'));
        return ascii.endsWith("\"") ? inner.replace("\\\"", "\"") : inner.replace("\\\"", "\"") + "...";
    }
}

package workshop.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The workshop's one JSON reader and writer, plain JDK so that {@code ./workshop} can compile it
 * without Maven: the tools read {@code exercises.json} with it, step 8's broker its CONNECT payloads
 * and its monitoring endpoints' answers. Not a general library; enough for those.
 *
 * <p>What {@link #parse} gives: an object becomes a {@link Map} (members in the order written), an
 * array a {@link List}, a string a {@link String}, {@code true}/{@code false} a {@link Boolean},
 * {@code null} {@code null}. A number is a {@link Long} when it is written as an integer (no
 * fraction, no exponent) that fits in a long, and a {@link Double} otherwise ({@code 1.5},
 * {@code 2e3}, an integer too large for a long). Read numbers as {@link Number} when either may come.
 *
 * <p>Malformed text throws {@link IllegalArgumentException}: {@code JSON: expected ':' at line 3,
 * column 12}. Nesting deeper than {@value #MAX_DEPTH} is refused, so that a hostile
 * {@code CONNECT [[[[…} cannot exhaust the reader's stack.
 */
public final class Json {

    /** How deep objects and arrays may nest. */
    public static final int MAX_DEPTH = 32;

    private final String text;
    private int position;
    private int depth;

    private Json(String text) {
        this.text = text;
    }

    /** Parses one JSON value, with nothing but whitespace around it. */
    public static Object parse(String text) {
        Json reader = new Json(text);
        Object value = reader.value();
        reader.skipWhitespace();
        if (reader.position != text.length()) {
            throw reader.error("unexpected text after the value");
        }
        return value;
    }

    /** Parses one JSON object; anything else (an array, a number…) throws {@link IllegalArgumentException}. */
    public static Map<String, Object> parseObject(String text) {
        if (!(parse(text) instanceof Map<?, ?> object)) {
            throw new IllegalArgumentException("JSON: expected an object, not " + abbreviate(text.strip()));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> members = (Map<String, Object>) object;
        return members;
    }

    /**
     * Writes maps (keys as strings), iterables, strings, numbers, booleans and null as compact JSON;
     * any other value as the string of its {@code toString()}.
     */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        switch (value) {
            case null -> out.append("null");
            case String s -> quote(s, out);
            case Number n -> out.append(n);
            case Boolean b -> out.append(b);
            case Map<?, ?> map -> {
                out.append('{');
                String separator = "";
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    out.append(separator);
                    separator = ",";
                    quote(String.valueOf(entry.getKey()), out);
                    out.append(':');
                    write(entry.getValue(), out);
                }
                out.append('}');
            }
            case Iterable<?> items -> {
                out.append('[');
                String separator = "";
                for (Object item : items) {
                    out.append(separator);
                    separator = ",";
                    write(item, out);
                }
                out.append(']');
            }
            default -> quote(value.toString(), out);
        }
    }

    private static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) { // other control characters must be escaped; everything else may stand as it is
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private Object value() {
        skipWhitespace();
        if (position >= text.length()) {
            throw error("unexpected end");
        }
        return switch (text.charAt(position)) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> number();
        };
    }

    private Map<String, Object> object() {
        enter();
        Map<String, Object> members = new LinkedHashMap<>();
        expect('{');
        skipWhitespace();
        if (!consume('}')) {
            do {
                skipWhitespace();
                if (!peek('"')) {
                    throw error("expected a quoted name");
                }
                String name = string();
                skipWhitespace();
                expect(':');
                members.put(name, value());
                skipWhitespace();
            } while (consume(','));
            expect('}');
        }
        depth--;
        return members;
    }

    private List<Object> array() {
        enter();
        List<Object> items = new ArrayList<>();
        expect('[');
        skipWhitespace();
        if (!consume(']')) {
            do {
                items.add(value());
                skipWhitespace();
            } while (consume(','));
            expect(']');
        }
        depth--;
        return items;
    }

    private String string() {
        expect('"');
        StringBuilder result = new StringBuilder();
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c == '"') {
                return result.toString();
            }
            if (c != '\\') {
                result.append(c);
                continue;
            }
            if (position >= text.length()) {
                break;
            }
            char escaped = text.charAt(position++);
            switch (escaped) {
                case 'n' -> result.append('\n');
                case 't' -> result.append('\t');
                case 'r' -> result.append('\r');
                case 'b' -> result.append('\b');
                case 'f' -> result.append('\f');
                case '"', '\\', '/' -> result.append(escaped);
                case 'u' -> result.append(unicodeEscape());
                default -> {
                    position--;
                    throw error("unknown escape '\\" + escaped + "'");
                }
            }
        }
        throw error("unterminated string");
    }

    /** The four hex digits of a backslash-u escape: one UTF-16 unit (a character beyond U+FFFF is two escapes, as JSON writes it). */
    private char unicodeEscape() {
        if (position + 4 > text.length()) {
            throw error("short \\u escape");
        }
        String hex = text.substring(position, position + 4);
        if (!hex.matches("[0-9a-fA-F]{4}")) {
            throw error("bad \\u escape '\\u" + hex + "'");
        }
        position += 4;
        return (char) Integer.parseInt(hex, 16);
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, position)) {
            throw error("expected " + word);
        }
        position += word.length();
        return value;
    }

    /** A number as JSON writes it: {@code -?digits(.digits)?([eE][+-]?digits)?}; see the class comment for its type. */
    private Number number() {
        int start = position;
        consume('-');
        int integerDigits = digits();
        if (integerDigits == 0) {
            position = start;
            throw error(
                    position < text.length()
                            ? "unexpected character '" + text.charAt(position) + "'"
                            : "unexpected end");
        }
        boolean integral = true;
        if (consume('.')) {
            integral = false;
            if (digits() == 0) {
                throw error("expected a digit after '.'");
            }
        }
        if (consume('e') || consume('E')) {
            integral = false;
            if (!consume('+')) {
                consume('-');
            }
            if (digits() == 0) {
                throw error("expected a digit in the exponent");
            }
        }
        String written = text.substring(start, position);
        if (integral) {
            try {
                return Long.parseLong(written);
            } catch (NumberFormatException tooLarge) {
                return Double.parseDouble(written);
            }
        }
        return Double.parseDouble(written);
    }

    private int digits() {
        int start = position;
        while (position < text.length() && text.charAt(position) >= '0' && text.charAt(position) <= '9') {
            position++;
        }
        return position - start;
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw error("nested deeper than " + MAX_DEPTH);
        }
    }

    private void skipWhitespace() {
        while (position < text.length() && " \t\r\n".indexOf(text.charAt(position)) >= 0) {
            position++;
        }
    }

    private boolean peek(char c) {
        return position < text.length() && text.charAt(position) == c;
    }

    private boolean consume(char c) {
        if (peek(c)) {
            position++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!consume(c)) {
            throw error(position < text.length() ? "expected '" + c + "'" : "expected '" + c + "' but the text ended");
        }
    }

    /** The error, with where it happened: line and column (both from 1), as an editor shows them. */
    private IllegalArgumentException error(String what) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < Math.min(position, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new IllegalArgumentException(
                "JSON: " + what + " at line " + line + ", column " + (position - lineStart + 1));
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "…";
    }
}

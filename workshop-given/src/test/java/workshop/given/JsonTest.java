package workshop.given;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonTest {

    @Nested
    @DisplayName("parse")
    class Parse {

        @Test
        @DisplayName("an object becomes a map whose members keep the order they were written in")
        void objectInOrder() {
            Map<String, Object> parsed = Json.parseObject("{\"zebra\": 1, \"apple\": 2, \"mango\": 3}");

            assertThat(parsed.keySet()).containsExactly("zebra", "apple", "mango");
        }

        @Test
        @DisplayName("an array becomes a list of any values, null included")
        void array() {
            assertThat(Json.parse("[1, \"two\", true, false, null, [], {}]"))
                    .isEqualTo(Arrays.asList(1L, "two", true, false, null, List.of(), Map.of()));
        }

        @Test
        @DisplayName("objects and arrays nest, with whitespace anywhere between tokens")
        void nesting() {
            String text = """
                    {
                      "module": "step01-core-pubsub",
                      "exercises": [ { "id": "1.1", "hints": ["a", "b"] }, { "id": "1.2", "needs": [ "1.1" ] } ],
                      "empty": { "list": [ ] }
                    }
                    """;

            assertThat(Json.parse(text))
                    .isEqualTo(Map.of(
                            "module", "step01-core-pubsub",
                            "exercises",
                                    List.of(
                                            Map.of("id", "1.1", "hints", List.of("a", "b")),
                                            Map.of("id", "1.2", "needs", List.of("1.1"))),
                            "empty", Map.of("list", List.of())));
        }

        @Test
        @DisplayName("strings read every escape JSON has")
        void escapes() {
            assertThat(Json.parse("\"quote \\\" backslash \\\\ slash \\/ \\b\\f\\n\\r\\t end\""))
                    .isEqualTo("quote \" backslash \\ slash / \b\f\n\r\t end");
        }

        @Test
        @DisplayName("strings read unicode as it is and as \\u escapes, a surrogate pair included")
        void unicode() {
            assertThat(Json.parse("\"Grüße, 東京\"")).isEqualTo("Grüße, 東京");
            assertThat(Json.parse("\"\\u00fc \\u6771 \\ud83d\\ude80\"")).isEqualTo("ü 東 🚀");
        }

        @ParameterizedTest(name = "{0} is the Long {1}")
        @CsvSource({
            "0, 0",
            "42, 42",
            "-7, -7",
            "9223372036854775807, 9223372036854775807",
            "-9223372036854775808, -9223372036854775808"
        })
        @DisplayName("an integer that fits in a long is a Long, exactly, up to the largest")
        void integers(String written, long expected) {
            assertThat(Json.parse(written)).isInstanceOf(Long.class).isEqualTo(expected);
        }

        @ParameterizedTest(name = "{0} is the Double {1}")
        @CsvSource({
            "1.5, 1.5",
            "-0.25, -0.25",
            "2e3, 2000.0",
            "1E-2, 0.01",
            "6.02e+23, 6.02e23",
            "9223372036854775808, 9.223372036854775808E18"
        })
        @DisplayName("a fraction, an exponent or an integer beyond a long is a Double")
        void doubles(String written, double expected) {
            assertThat(Json.parse(written)).isInstanceOf(Double.class).isEqualTo(expected);
        }

        @Test
        @DisplayName("parseObject gives the map, and refuses a value that is not an object")
        void parseObject() {
            assertThat(Json.parseObject(" {\"verbose\": false} ")).containsEntry("verbose", false);
            assertThatThrownBy(() -> Json.parseObject("[1]"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("JSON: expected an object, not [1]");
        }
    }

    @Nested
    @DisplayName("errors")
    class Errors {

        @ParameterizedTest(name = "{0}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "{\"a\" 1}                 | JSON: expected ':' at line 1, column 6",
                    "{\"a\": 1,}               | JSON: expected a quoted name at line 1, column 9",
                    "[1 2]                     | JSON: expected ']' at line 1, column 4",
                    "\"open                    | JSON: unterminated string at line 1, column 6",
                    "\"\\x\"                   | JSON: unknown escape '\\x' at line 1, column 3",
                    "\"\\u12g4\"               | JSON: bad \\u escape '\\u12g4' at line 1, column 4",
                    "tru                       | JSON: expected true at line 1, column 1",
                    "-                         | JSON: unexpected character '-' at line 1, column 1",
                    "1.                        | JSON: expected a digit after '.' at line 1, column 3",
                    "1e                        | JSON: expected a digit in the exponent at line 1, column 3",
                    "{} {}                     | JSON: unexpected text after the value at line 1, column 4",
                    "''                        | JSON: unexpected end at line 1, column 1",
                })
        @DisplayName("malformed text says what was expected, and at which line and column")
        void malformed(String text, String message) {
            assertThatThrownBy(() -> Json.parse(text))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(message);
        }

        @Test
        @DisplayName("the line and column count from the last line break")
        void position() {
            assertThatThrownBy(() -> Json.parse("{\n  \"id\": \"1.1\",\n  \"title\" \"x\"\n}"))
                    .hasMessage("JSON: expected ':' at line 3, column 11");
        }

        @Test
        @DisplayName("nesting deeper than MAX_DEPTH is refused instead of overflowing the stack")
        void tooDeep() {
            assertThat(Json.parse("[".repeat(Json.MAX_DEPTH) + "]".repeat(Json.MAX_DEPTH)))
                    .isInstanceOf(List.class);
            assertThatThrownBy(() -> Json.parse("[".repeat(4096)))
                    .hasMessage("JSON: nested deeper than " + Json.MAX_DEPTH + " at line 1, column "
                            + (Json.MAX_DEPTH + 1));
        }
    }

    @Nested
    @DisplayName("write")
    class Write {

        @Test
        @DisplayName("writes maps in their order, iterables, strings, numbers, booleans and null, compactly")
        void values() {
            Map<String, Object> info = new LinkedHashMap<>();
            info.put("server_id", "NABC");
            info.put("max_payload", 1048576L);
            info.put("ratio", 0.5);
            info.put("headers", true);
            info.put("nothing", null);
            info.put("urls", List.of("a", "b"));

            assertThat(Json.write(info))
                    .isEqualTo(
                            "{\"server_id\":\"NABC\",\"max_payload\":1048576,\"ratio\":0.5,\"headers\":true,\"nothing\":null,\"urls\":[\"a\",\"b\"]}");
        }

        @Test
        @DisplayName("escapes quotes, backslashes and control characters, and leaves other unicode as it is")
        void escapes() {
            assertThat(Json.write("say \"hi\"\\\n\t\r\u0001 ü 🚀"))
                    .isEqualTo("\"say \\\"hi\\\"\\\\\\n\\t\\r\\u0001 ü 🚀\"");
        }

        @Test
        @DisplayName("what it writes, parse reads back as the same values")
        void roundTrip() {
            Map<String, Object> value =
                    Map.of("name", "Grüße \"x\"", "n", -12L, "f", 2.5, "list", Arrays.asList(true, null, Map.of()));

            assertThat(Json.parse(Json.write(value))).isEqualTo(value);
        }

        @Test
        @DisplayName("any other value is written as the string of its toString()")
        void otherValues() {
            assertThat(Json.write(java.time.Duration.ofSeconds(2))).isEqualTo("\"PT2S\"");
        }
    }
}

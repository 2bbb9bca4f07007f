package workshop.step08.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.testkit.Exercise;
import workshop.testkit.SeededRandomResolver;

/** Exercise 8.1: the arguments of PUB, HPUB, SUB and UNSUB, read from raw bytes, and what is malformed. */
@ExtendWith(SeededRandomResolver.class)
class ControlLineTest {

    private static final Exercise EXERCISE = Exercise.of("8.1");

    @Test
    @DisplayName("8.1 splits fields on any run of spaces and tabs and ignores separators at both ends")
    void splitsOnSpacesAndTabs(Random random) {
        for (int round = 0; round < 50; round++) {
            List<String> expected = new ArrayList<>();
            StringBuilder line = new StringBuilder(separators(random, 0));
            int count = 1 + random.nextInt(4);
            for (int i = 0; i < count; i++) {
                String field = "f" + random.nextInt(1000) + (random.nextBoolean() ? ".x" : "");
                expected.add(field);
                line.append(field).append(separators(random, i == count - 1 ? 0 : 1));
            }
            byte[] bytes = ("PADDING" + line + "PADDING").getBytes(StandardCharsets.ISO_8859_1);

            String[] fields = ControlLine.fields(bytes, 7, line.length());

            assertThat(fields)
                    .as(EXERCISE.says("the fields of \"%s\" (any run of spaces and tabs separates two fields)", line))
                    .containsExactlyElementsOf(expected);
        }

        // bytes past ASCII, e.g. the UTF-8 of "é" (C3 A9): each byte one char, so the subject goes back out unchanged
        byte[] raw = {'c', 'a', 'f', (byte) 0xC3, (byte) 0xA9, ' ', (byte) 0xFF, '1'};
        assertThat(ControlLine.fields(raw, 0, raw.length))
                .as(EXERCISE.says("the fields of the bytes 63 61 66 C3 A9 20 FF 31: bytes become chars one to one"
                        + " (ISO-8859-1), so a subject goes back on the wire as it came"))
                .containsExactly("caf\u00c3\u00a9", "\u00ff1");
    }

    @Test
    @DisplayName("8.1 reads PUB with and without a reply subject")
    void readsPub() {
        assertThat(pub("orders.new 5"))
                .as(EXERCISE.says("PUB orders.new 5"))
                .isEqualTo(PubArgs.withoutHeaders("orders.new", Optional.empty(), 5));
        assertThat(pub("svc.echo\t_INBOX.abc.1   12"))
                .as(EXERCISE.says("PUB with a reply"))
                .isEqualTo(PubArgs.withoutHeaders("svc.echo", Optional.of("_INBOX.abc.1"), 12));
    }

    @Test
    @DisplayName("8.1 reads HPUB with and without a reply subject")
    void readsHpub() {
        byte[] plain = "events 22 30".getBytes(StandardCharsets.ISO_8859_1);
        byte[] withReply = "events reply.to 22 30".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(ControlLine.hpub(plain, 0, plain.length))
                .as(EXERCISE.says("HPUB events 22 30: header size 22, total size 30 (headers included)"))
                .isEqualTo(PubArgs.withHeaders("events", Optional.empty(), 22, 30));
        assertThat(ControlLine.hpub(withReply, 0, withReply.length))
                .as(EXERCISE.says("HPUB with a reply"))
                .isEqualTo(PubArgs.withHeaders("events", Optional.of("reply.to"), 22, 30));
    }

    @Test
    @DisplayName("8.1 reads SUB with and without a queue group, and UNSUB with and without a max")
    void readsSubAndUnsub() {
        byte[] sub = "orders.* 7".getBytes(StandardCharsets.ISO_8859_1);
        byte[] queueSub = "orders.* workers 8".getBytes(StandardCharsets.ISO_8859_1);
        byte[] unsub = "7".getBytes(StandardCharsets.ISO_8859_1);
        byte[] unsubMax = "8 3".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(ControlLine.sub(sub, 0, sub.length))
                .as(EXERCISE.says("SUB orders.* 7"))
                .isEqualTo(new SubArgs("orders.*", Optional.empty(), "7"));
        assertThat(ControlLine.sub(queueSub, 0, queueSub.length))
                .as(EXERCISE.says("SUB with a queue group"))
                .isEqualTo(new SubArgs("orders.*", Optional.of("workers"), "8"));
        assertThat(ControlLine.unsub(unsub, 0, unsub.length))
                .as(EXERCISE.says("UNSUB 7"))
                .isEqualTo(new UnsubArgs("7", 0));
        assertThat(ControlLine.unsub(unsubMax, 0, unsubMax.length))
                .as(EXERCISE.says("UNSUB 8 3"))
                .isEqualTo(new UnsubArgs("8", 3));
    }

    @Test
    @DisplayName("8.1 reads sizes as plain decimal numbers and rejects signs, letters and overflow")
    void readsSizes(Random random) {
        int value = random.nextInt(Integer.MAX_VALUE);
        assertThat(ControlLine.size(Integer.toString(value)))
                .as(EXERCISE.says("size(\"%d\")", value))
                .isEqualTo(value);
        assertThat(ControlLine.size("0")).as(EXERCISE.says("size(\"0\")")).isZero();
        Map<String, String> bad = new LinkedHashMap<>(); // a bad size, and why it is bad
        bad.put("-1", "a size is decimal digits only, without a sign");
        bad.put("+5", "a size is decimal digits only, without a sign");
        bad.put("abc", "a size is decimal digits only");
        bad.put("12a", "a size is decimal digits only");
        bad.put("", "an empty size is no number");
        bad.put("2147483648", "a size past Integer.MAX_VALUE must not overflow into a negative int");
        bad.put("99999999999", "a size past Integer.MAX_VALUE must not overflow");
        bad.forEach((field, why) -> assertMalformed(() -> ControlLine.size(field), "size(\"" + field + "\"): " + why));
    }

    @Test
    @DisplayName("8.1 rejects operations with the wrong number of arguments, and HPUB headers larger than the message")
    void rejectsMalformedArguments() {
        assertMalformed(() -> pub("orders.new"), "PUB orders.new (no size)");
        assertMalformed(() -> pub("a b c 5"), "PUB with four fields");
        assertMalformed(() -> pub("orders.new five"), "PUB with a size that is not a number");
        byte[] hpubTooBig = "events 31 30".getBytes(StandardCharsets.ISO_8859_1);
        assertMalformed(
                () -> ControlLine.hpub(hpubTooBig, 0, hpubTooBig.length),
                "HPUB events 31 30 (headers larger than the total: the last number is the total size, headers"
                        + " included)");
        byte[] lonelySub = "orders".getBytes(StandardCharsets.ISO_8859_1);
        assertMalformed(() -> ControlLine.sub(lonelySub, 0, lonelySub.length), "SUB orders (no sid)");
        byte[] emptyUnsub = "  ".getBytes(StandardCharsets.ISO_8859_1);
        assertMalformed(
                () -> ControlLine.unsub(emptyUnsub, 0, emptyUnsub.length),
                "UNSUB followed by blanks only (no field at all, not one empty field: so no sid)");
    }

    private static PubArgs pub(String arguments) {
        byte[] bytes = arguments.getBytes(StandardCharsets.ISO_8859_1);
        return ControlLine.pub(bytes, 0, bytes.length);
    }

    /** {@code call} must be a MALFORMED_ARGUMENTS violation; {@code what} names the input (and why it is bad). */
    private static void assertMalformed(Callable<?> call, String what) {
        Violations.assertViolation(EXERCISE, ProtocolError.MALFORMED_ARGUMENTS, what, call);
    }

    private static String separators(Random random, int atLeast) {
        int count = atLeast + random.nextInt(3);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(random.nextBoolean() ? ' ' : '\t');
        }
        return out.toString();
    }
}

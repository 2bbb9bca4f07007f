package workshop.step08.protocol;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.testkit.SeededRandomResolver;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(SeededRandomResolver.class)
class ControlLineTest {

    private static final String WHERE = "(README.md#81-read-a-control-lines-arguments)";

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

            assertThat(fields).as("Exercise 8.1: the fields of \"%s\" %s", line, WHERE).containsExactlyElementsOf(expected);
        }
    }

    @Test
    @DisplayName("8.1 reads PUB with and without a reply subject")
    void readsPub() {
        assertThat(pub("orders.new 5")).as("Exercise 8.1: PUB orders.new 5 " + WHERE)
                .isEqualTo(new PubArgs("orders.new", null, -1, 5));
        assertThat(pub("svc.echo\t_INBOX.abc.1   12")).as("Exercise 8.1: PUB with a reply " + WHERE)
                .isEqualTo(new PubArgs("svc.echo", "_INBOX.abc.1", -1, 12));
    }

    @Test
    @DisplayName("8.1 reads HPUB with and without a reply subject")
    void readsHpub() {
        byte[] plain = "events 22 30".getBytes(StandardCharsets.ISO_8859_1);
        byte[] withReply = "events reply.to 22 30".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(ControlLine.hpub(plain, 0, plain.length)).as("Exercise 8.1: HPUB events 22 30 " + WHERE)
                .isEqualTo(new PubArgs("events", null, 22, 30));
        assertThat(ControlLine.hpub(withReply, 0, withReply.length)).as("Exercise 8.1: HPUB with a reply " + WHERE)
                .isEqualTo(new PubArgs("events", "reply.to", 22, 30));
    }

    @Test
    @DisplayName("8.1 reads SUB with and without a queue group, and UNSUB with and without a max")
    void readsSubAndUnsub() {
        byte[] sub = "orders.* 7".getBytes(StandardCharsets.ISO_8859_1);
        byte[] queueSub = "orders.* workers 8".getBytes(StandardCharsets.ISO_8859_1);
        byte[] unsub = "7".getBytes(StandardCharsets.ISO_8859_1);
        byte[] unsubMax = "8 3".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(ControlLine.sub(sub, 0, sub.length)).as("Exercise 8.1: SUB orders.* 7 " + WHERE)
                .isEqualTo(new SubArgs("orders.*", null, "7"));
        assertThat(ControlLine.sub(queueSub, 0, queueSub.length)).as("Exercise 8.1: SUB with a queue group " + WHERE)
                .isEqualTo(new SubArgs("orders.*", "workers", "8"));
        assertThat(ControlLine.unsub(unsub, 0, unsub.length)).as("Exercise 8.1: UNSUB 7 " + WHERE)
                .isEqualTo(new UnsubArgs("7", 0));
        assertThat(ControlLine.unsub(unsubMax, 0, unsubMax.length)).as("Exercise 8.1: UNSUB 8 3 " + WHERE)
                .isEqualTo(new UnsubArgs("8", 3));
    }

    @Test
    @DisplayName("8.1 reads sizes as plain decimal numbers and rejects signs, letters and overflow")
    void readsSizes(Random random) {
        int value = random.nextInt(Integer.MAX_VALUE);
        assertThat(ControlLine.size(Integer.toString(value))).as("Exercise 8.1: size(\"%d\") %s", value, WHERE).isEqualTo(value);
        assertThat(ControlLine.size("0")).as("Exercise 8.1: size(\"0\") " + WHERE).isZero();
        for (String bad : List.of("-1", "+5", "abc", "12a", "", "2147483648", "99999999999")) {
            assertMalformed(() -> ControlLine.size(bad), "size(\"" + bad + "\")");
        }
    }

    @Test
    @DisplayName("8.1 rejects operations with the wrong number of arguments, and HPUB headers larger than the message")
    void rejectsMalformedArguments() {
        assertMalformed(() -> pub("orders.new"), "PUB orders.new (no size)");
        assertMalformed(() -> pub("a b c 5"), "PUB with four fields");
        assertMalformed(() -> pub("orders.new five"), "PUB with a size that is not a number");
        byte[] hpubTooBig = "events 31 30".getBytes(StandardCharsets.ISO_8859_1);
        assertMalformed(() -> ControlLine.hpub(hpubTooBig, 0, hpubTooBig.length), "HPUB events 31 30 (headers larger than the total)");
        byte[] lonelySub = "orders".getBytes(StandardCharsets.ISO_8859_1);
        assertMalformed(() -> ControlLine.sub(lonelySub, 0, lonelySub.length), "SUB orders (no sid)");
        byte[] emptyUnsub = "  ".getBytes(StandardCharsets.ISO_8859_1);
        assertMalformed(() -> ControlLine.unsub(emptyUnsub, 0, emptyUnsub.length), "UNSUB without a sid");
    }

    private static PubArgs pub(String arguments) {
        byte[] bytes = arguments.getBytes(StandardCharsets.ISO_8859_1);
        return ControlLine.pub(bytes, 0, bytes.length);
    }

    private static void assertMalformed(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String what) {
        assertThatThrownBy(call).as("Exercise 8.1: %s must be a MALFORMED_ARGUMENTS violation %s", what, WHERE)
                .isInstanceOfSatisfying(ProtocolViolation.class,
                        violation -> assertThat(violation.error()).isEqualTo(ProtocolError.MALFORMED_ARGUMENTS));
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

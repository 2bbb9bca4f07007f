package workshop.step04.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.testkit.Exercise;
import workshop.testkit.SeededRandomResolver;

/** Exercise 4.4: the newest message of a subject, and of every subject. */
@ExtendWith(SeededRandomResolver.class)
class LastPerSubjectTest {

    private static final Exercise EXERCISE = Exercise.of("4.4");
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    @DisplayName("4.4 last finds the newest message on a subject")
    void lastOnSubject(Random random) {
        List<StoredMessage> messages = new ArrayList<>();
        String[] devices = {"d1", "d2", "d3"};
        int count = 10 + random.nextInt(20);
        for (int i = 1; i <= count; i++) {
            messages.add(message(i, "temperature." + devices[random.nextInt(devices.length)], "t" + i));
        }
        StoredMessage expected = messages.stream()
                .filter(m -> m.subject().equals("temperature.d2"))
                .reduce((a, b) -> b)
                .orElse(null);

        assertThat(LastPerSubject.last(messages, "temperature.d2").orElse(null))
                .as(EXERCISE.says("the newest message on temperature.d2"))
                .isEqualTo(expected);
    }

    @Test
    @DisplayName("4.4 last accepts wildcards and is empty when nothing matches")
    void lastWithWildcards() {
        List<StoredMessage> messages = List.of(
                message(1, "orders.eu.created", "a"),
                message(2, "orders.us.created", "b"),
                message(3, "payments.eu", "c"));

        assertThat(LastPerSubject.last(messages, "orders.*.created"))
                .as(EXERCISE.says("'*' is a wildcard for any one token: the newest match is #2"))
                .hasValueSatisfying(m -> assertThat(m.sequence())
                        .as(EXERCISE.says("the newest of orders.eu.created (#1) and orders.us.created (#2) is #2"))
                        .isEqualTo(2));
        assertThat(LastPerSubject.last(messages, "shipping.>"))
                .as(EXERCISE.says("no match, no message"))
                .isEmpty();
    }

    @Test
    @DisplayName("4.4 lastOfEachSubject keeps the newest per subject, ordered by that newest sequence")
    void lastOfEach() {
        List<StoredMessage> messages = List.of(
                message(1, "price.btc", "1"),
                message(2, "price.eth", "2"),
                message(3, "price.btc", "3"),
                message(4, "volume.btc", "4"),
                message(5, "price.sol", "5"),
                message(6, "price.eth", "6"));

        Map<String, StoredMessage> last = LastPerSubject.lastOfEachSubject(messages, "price.*");

        assertThat(last.keySet())
                .as(
                        EXERCISE.says(
                                "ordered by each subject's newest sequence: btc (#3), sol (#5), eth (#6); volume does not match"))
                .containsExactly("price.btc", "price.sol", "price.eth");
        assertThat(last.values())
                .extracting(StoredMessage::sequence)
                .as(EXERCISE.says("each subject's newest message: #3, #5, #6"))
                .containsExactly(3L, 5L, 6L);
    }

    private static StoredMessage message(long sequence, String subject, String text) {
        return new StoredMessage(sequence, subject, text.getBytes(StandardCharsets.UTF_8), T0.plusSeconds(sequence));
    }
}

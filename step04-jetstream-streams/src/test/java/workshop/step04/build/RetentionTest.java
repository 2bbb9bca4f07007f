package workshop.step04.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.testkit.Exercise;
import workshop.testkit.SeededRandomResolver;

/** Exercise 4.3: limits that make room by dropping the oldest messages. */
@ExtendWith(SeededRandomResolver.class)
class RetentionTest {

    private static final Exercise EXERCISE = Exercise.of("4.3");
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    @DisplayName("4.3 a stream without limits drops nothing")
    void noLimitsNoEvictions(Random random) {
        List<StoredMessage> messages = messages(5 + random.nextInt(20), "a");

        assertThat(Retention.evictions(StreamConfig.of("S", ">"), messages, T0.plus(Duration.ofDays(365))))
                .as(EXERCISE.says("no limits, nothing to drop"))
                .isEmpty();
    }

    @Test
    @DisplayName("4.3 over maxMsgs, the oldest messages go")
    void maxMessages(Random random) {
        int max = 2 + random.nextInt(5);
        int count = max + 1 + random.nextInt(5);
        List<StoredMessage> messages = messages(count, "a");

        List<Long> evicted = Retention.evictions(StreamConfig.of("S", ">").withMaxMsgs(max), messages, T0);

        assertThat(evicted)
                .as(EXERCISE.says("%d messages, max %d: the oldest go, sequences 1..%d", count, max, count - max))
                .containsExactlyElementsOf(
                        LongStream.rangeClosed(1, count - max).boxed().toList());
    }

    @Test
    @DisplayName("4.3 over maxBytes, the oldest messages go until the rest fits")
    void maxBytes() {
        List<StoredMessage> messages = List.of(
                message(1, "a", 10, T0), message(2, "a", 10, T0), message(3, "a", 10, T0), message(4, "a", 10, T0));
        // each message is 11 bytes ("a" + 10); 44 in all; at most 25 allowed -> keep the newest two (22)

        List<Long> evicted = Retention.evictions(StreamConfig.of("S", ">").withMaxBytes(25), messages, T0);

        assertThat(evicted)
                .as(EXERCISE.says("44 bytes stored, 25 allowed: the oldest go, #1 and #2"))
                .containsExactly(1L, 2L);
    }

    @Test
    @DisplayName("4.3 a message expires when its age reaches maxAge, younger ones stay")
    void maxAge(Random random) {
        Duration maxAge = Duration.ofSeconds(10 + random.nextInt(60));
        List<StoredMessage> messages = List.of(
                message(1, "a", 1, T0), message(2, "a", 1, T0.plusSeconds(1)), message(3, "a", 1, T0.plusSeconds(2)));

        Instant now = T0.plusSeconds(1).plus(maxAge); // #1 is older than maxAge, #2 exactly maxAge old, #3 younger

        assertThat(Retention.evictions(StreamConfig.of("S", ">").withMaxAge(maxAge), messages, now))
                .as(EXERCISE.says(
                        "at %s with maxAge %s, #1 and #2 (exactly maxAge old) have expired, #3 has not", now, maxAge))
                .containsExactly(1L, 2L);
        assertThat(Retention.evictions(
                        StreamConfig.of("S", ">").withMaxAge(maxAge),
                        messages,
                        T0.plus(maxAge).minusMillis(1)))
                .as(EXERCISE.says("a millisecond before #1 reaches maxAge, nothing expires"))
                .isEmpty();
    }

    @Test
    @DisplayName("4.3 with maxMsgsPerSubject, each subject keeps only its newest messages")
    void perSubject() {
        List<StoredMessage> messages = List.of(
                message(1, "price.btc", 1, T0),
                message(2, "price.eth", 1, T0),
                message(3, "price.btc", 1, T0),
                message(4, "price.btc", 1, T0),
                message(5, "price.eth", 1, T0),
                message(6, "price.sol", 1, T0));

        assertThat(Retention.evictions(StreamConfig.of("S", "price.*").withMaxMsgsPerSubject(1), messages, T0))
                .as(EXERCISE.says("one per subject: the newest btc (#4), eth (#5), sol (#6) stay"))
                .containsExactly(1L, 2L, 3L);
        assertThat(Retention.evictions(StreamConfig.of("S", "price.*").withMaxMsgsPerSubject(2), messages, T0))
                .as(EXERCISE.says("two per subject: only btc #1 is surplus"))
                .containsExactly(1L);
    }

    @Test
    @DisplayName("4.3 limits combine: what age and per-subject limits dropped counts toward maxMsgs")
    void limitsCombine() {
        List<StoredMessage> messages = List.of(
                message(1, "t.a", 1, T0),
                message(2, "t.a", 1, T0.plusSeconds(10)),
                message(3, "t.b", 1, T0.plusSeconds(20)),
                message(4, "t.a", 1, T0.plusSeconds(30)),
                message(5, "t.c", 1, T0.plusSeconds(40)));
        StreamConfig config = StreamConfig.of("S", "t.*")
                .withMaxAge(Duration.ofSeconds(35))
                .withMaxMsgsPerSubject(2)
                .withMaxMsgs(2);

        // at T0+40: #1 expired (40 s old); t.a keeps #2 and #4; then 4 remain (#2..#5) and 2 may stay: #2, #3 go
        assertThat(Retention.evictions(config, messages, T0.plusSeconds(40)))
                .as(
                        EXERCISE.says(
                                "age drops #1, then over maxMsgs 2 the oldest go: #2 and #3 of the rest, each sequence once, ascending"))
                .containsExactly(1L, 2L, 3L);

        List<StoredMessage> fourSubjects = List.of(
                message(1, "t.a", 1, T0), message(2, "t.b", 1, T0), message(3, "t.b", 1, T0), message(4, "t.c", 1, T0));
        StreamConfig onePerSubjectMaxThree =
                StreamConfig.of("S", "t.*").withMaxMsgsPerSubject(1).withMaxMsgs(3);
        assertThat(Retention.evictions(onePerSubjectMaxThree, fourSubjects, T0))
                .as(EXERCISE.says(
                        "one per subject drops t.b's older #2, which makes room: 3 remain, maxMsgs 3, so #1 stays"))
                .containsExactly(2L);
    }

    private static List<StoredMessage> messages(int count, String subject) {
        List<StoredMessage> messages = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            messages.add(message(i, subject, 3, T0.plusMillis(i)));
        }
        return messages;
    }

    private static StoredMessage message(long sequence, String subject, int payloadSize, Instant timestamp) {
        return new StoredMessage(sequence, subject, new byte[payloadSize], timestamp);
    }
}

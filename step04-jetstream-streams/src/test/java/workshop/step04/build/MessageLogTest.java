package workshop.step04.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.testkit.Exercise;
import workshop.testkit.SeededRandomResolver;
import workshop.testkit.TestClock;

/** Exercise 4.1: the log under a stream numbers and time-stamps what it stores. */
@ExtendWith(SeededRandomResolver.class)
class MessageLogTest {

    private static final Exercise EXERCISE = Exercise.of("4.1");

    private final TestClock clock = TestClock.atSomeDay();
    private final MessageLog log = new MessageLog(clock);

    @Test
    @DisplayName("4.1 append gives sequence numbers 1, 2, 3… and the clock's time")
    void sequencesAndTimestamps(Random random) {
        int count = 3 + random.nextInt(5);
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            clock.advance(Duration.ofMillis(1 + random.nextInt(1000)));
            times.add(clock.instant());
            StoredMessage stored = log.append("orders." + i, bytes("order " + i));

            assertThat(stored.sequence())
                    .as(EXERCISE.says("message %d gets sequence %d", i + 1, i + 1))
                    .isEqualTo(i + 1);
            assertThat(stored.timestamp())
                    .as(EXERCISE.says("the timestamp is the clock's time at append"))
                    .isEqualTo(times.get(i));
            assertThat(stored.subject())
                    .as(EXERCISE.says("the stored message keeps its subject"))
                    .isEqualTo("orders." + i);
        }
        assertThat(log.firstSequence())
                .as(EXERCISE.says("firstSequence is the oldest stored message's"))
                .isEqualTo(1);
        assertThat(log.lastSequence())
                .as(EXERCISE.says("lastSequence is the newest"))
                .isEqualTo(count);
        assertThat(log.messages())
                .extracting(StoredMessage::timestamp)
                .as(EXERCISE.says("messages() in sequence order, each with its timestamp"))
                .containsExactlyElementsOf(times);
    }

    @Test
    @DisplayName("4.1 get finds a message by its sequence, and nothing for a sequence never given out")
    void getBySequence(Random random) {
        int count = 2 + random.nextInt(5);
        for (int i = 1; i <= count; i++) {
            log.append("sensors.s" + i, bytes("reading " + i));
        }
        int wanted = 1 + random.nextInt(count);

        assertThat(log.get(wanted))
                .as(EXERCISE.says("get(%d) returns that message", wanted))
                .hasValueSatisfying(message -> assertThat(message.text()).isEqualTo("reading " + wanted));
        assertThat(log.get(count + 1))
                .as(EXERCISE.says("no message has sequence %d yet", count + 1))
                .isEmpty();
        assertThat(log.get(0)).as(EXERCISE.says("sequences start at 1")).isEmpty();
    }

    @Test
    @DisplayName("4.1 a removed message's sequence is never given out again")
    void sequencesAreNeverReused() {
        log.append("a", bytes("1"));
        log.append("a", bytes("2"));
        log.append("a", bytes("3"));

        assertThat(log.remove(3))
                .as(EXERCISE.says("remove returns true when the message was there"))
                .isTrue();
        assertThat(log.remove(3)).as(EXERCISE.says("and false the second time")).isFalse();
        StoredMessage next = log.append("a", bytes("4"));

        assertThat(next.sequence())
                .as(EXERCISE.says("after removing #3 the next message is #4, not #3 again: a sequence is never reused"))
                .isEqualTo(4);
        assertThat(log.get(3)).as(EXERCISE.says("#3 stays gone")).isEmpty();
        assertThat(log.lastSequence())
                .as(EXERCISE.says("lastSequence is #4, the newest"))
                .isEqualTo(4);
    }

    @Test
    @DisplayName(
            "4.1 a new log reports first and last sequence 0; an emptied one firstSequence = lastSequence + 1, as nats-server does")
    void emptyLogSequences() {
        assertThat(log.firstSequence())
                .as(EXERCISE.says("a log that never stored anything reports firstSequence 0, as a new stream does"))
                .isZero();
        assertThat(log.lastSequence())
                .as(EXERCISE.says("a new log's last sequence is 0"))
                .isZero();

        log.append("a", bytes("x"));
        log.append("b", bytes("y"));
        log.remove(1);
        assertThat(log.firstSequence())
                .as(EXERCISE.says("with #1 removed the oldest stored is #2"))
                .isEqualTo(2);
        log.remove(2);

        assertThat(log.count()).isZero();
        assertThat(log.firstSequence())
                .as(EXERCISE.says("empty again: first = last + 1 = 3"))
                .isEqualTo(3);
        assertThat(log.lastSequence())
                .as(EXERCISE.says("the last sequence given out stays 2"))
                .isEqualTo(2);
    }

    @Test
    @DisplayName("4.1 bytes counts subject and payload of what is stored, and goes down on remove")
    void countsBytes(Random random) {
        String subject = "payments." + random.nextInt(1000);
        byte[] payload = new byte[random.nextInt(200)];
        log.append(subject, payload);
        log.append("x", bytes("12345"));

        long expected = subject.length() + payload.length + 1 + 5;
        assertThat(log.bytes())
                .as(EXERCISE.says("bytes = subject length + payload length, summed"))
                .isEqualTo(expected);
        log.remove(2);
        assertThat(log.bytes())
                .as(EXERCISE.says("removing a message stops counting its bytes"))
                .isEqualTo(subject.length() + payload.length);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

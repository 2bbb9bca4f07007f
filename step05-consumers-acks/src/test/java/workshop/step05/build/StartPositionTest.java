package workshop.step05.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.step05.given.MemoryStream;
import workshop.testkit.Exercise;
import workshop.testkit.SeededRandomResolver;
import workshop.testkit.TestClock;

/** Exercise 5.1: deliver policies: where a new consumer starts. */
@ExtendWith(SeededRandomResolver.class)
class StartPositionTest {

    private static final Exercise EXERCISE = Exercise.of("5.1");

    private final TestClock clock = TestClock.atSomeDay();
    private final MemoryStream stream = new MemoryStream("ORDERS", clock);

    @Test
    @DisplayName("5.1 ALL starts at the first stored message, NEW after the last one")
    void allAndNew(Random random) {
        int count = 3 + random.nextInt(5);
        publish(count, "orders.created");
        stream.remove(1);

        assertThat(StartPosition.firstSequence(ConsumerConfig.defaults(), stream))
                .as(EXERCISE.says("ALL ('deliver all available') starts at the first message still stored: #2"))
                .isEqualTo(2);
        assertThat(StartPosition.firstSequence(ConsumerConfig.defaults().withDeliverPolicy(DeliverPolicy.NEW), stream))
                .as(EXERCISE.says("NEW starts after the last message: %d", count + 1))
                .isEqualTo(count + 1);
    }

    @Test
    @DisplayName("5.1 LAST starts at the newest message matching the filter")
    void last() {
        stream.publish("orders.created", "1");
        stream.publish("orders.shipped", "2");
        stream.publish("orders.created", "3");
        stream.publish("orders.shipped", "4");

        ConsumerConfig lastCreated =
                ConsumerConfig.defaults().withFilterSubject("orders.created").withDeliverPolicy(DeliverPolicy.LAST);
        assertThat(StartPosition.firstSequence(lastCreated, stream))
                .as(EXERCISE.says("the newest orders.created is #3"))
                .isEqualTo(3);
        assertThat(StartPosition.firstSequence(lastCreated.withFilterSubject("orders.cancelled"), stream))
                .as(EXERCISE.says("nothing matches: start after the last message"))
                .isEqualTo(5);
    }

    @Test
    @DisplayName("5.1 BY_START_SEQUENCE starts at that sequence, never before the first stored one")
    void bySequence(Random random) {
        publish(10, "a");
        for (int i = 1; i <= 3; i++) {
            stream.remove(i);
        }
        long wanted = 5 + random.nextInt(5);

        assertThat(StartPosition.firstSequence(ConsumerConfig.defaults().startingAtSequence(wanted), stream))
                .as(EXERCISE.says("start at #%d as configured", wanted))
                .isEqualTo(wanted);
        assertThat(StartPosition.firstSequence(ConsumerConfig.defaults().startingAtSequence(2), stream))
                .as(EXERCISE.says("#2 is gone, the first stored is #4"))
                .isEqualTo(4);
    }

    @Test
    @DisplayName("5.1 BY_START_TIME starts at the first message stored at or after that time")
    void byTime(Random random) {
        Instant[] times = new Instant[6];
        for (int i = 1; i <= 5; i++) {
            clock.advance(Duration.ofMinutes(1 + random.nextInt(10)));
            times[i] = clock.instant();
            stream.publish("a", "m" + i);
        }

        assertThat(StartPosition.firstSequence(ConsumerConfig.defaults().startingAtTime(times[3]), stream))
                .as(EXERCISE.says("a message stored exactly at the start time counts: #3"))
                .isEqualTo(3);
        assertThat(StartPosition.firstSequence(
                        ConsumerConfig.defaults().startingAtTime(times[3].plusMillis(1)), stream))
                .as(EXERCISE.says("a millisecond later, #4"))
                .isEqualTo(4);
        assertThat(StartPosition.firstSequence(
                        ConsumerConfig.defaults().startingAtTime(times[5].plusSeconds(1)), stream))
                .as(EXERCISE.says("after everything: start at the next sequence"))
                .isEqualTo(6);
    }

    private void publish(int count, String subject) {
        for (int i = 1; i <= count; i++) {
            stream.publish(subject, "m" + i);
        }
    }
}

package workshop.step05.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.step05.given.MemoryStream;
import workshop.testkit.Exercise;
import workshop.testkit.SeededRandomResolver;
import workshop.testkit.TestClock;

/** Exercise 5.24: pausing the Build track's pull consumer until a time. */
@ExtendWith(SeededRandomResolver.class)
class PausableConsumerTest {

    private static final Exercise EXERCISE = Exercise.of("5.24");
    private static final Duration ACK_WAIT = Duration.ofSeconds(30);

    private final TestClock clock = TestClock.atSomeDay();
    private final MemoryStream stream = new MemoryStream("JOBS", clock);
    private final PausableConsumer pausable = new PausableConsumer(
            new PullConsumer(
                    "nightly",
                    stream,
                    ConsumerConfig.defaults().withAckWait(ACK_WAIT),
                    clock,
                    new ConsumerListener() {}),
            clock);

    @Test
    @DisplayName("5.24 paused, a fetch delivers nothing until the pause's time; then it delivers from where it was")
    void pausedUntilItsTime(Random random) {
        Duration pause = Duration.ofMinutes(1 + random.nextInt(120));
        stream.publish("jobs", "job 1");

        pausable.pauseUntil(clock.instant().plus(pause));

        assertThat(pausable.fetch(10))
                .as(EXERCISE.says("paused: nothing is delivered"))
                .isEmpty();
        assertThat(pausable.pauseRemaining())
                .as(EXERCISE.says("the whole pause remains"))
                .contains(pause);
        clock.advance(pause.minusMillis(1));
        assertThat(pausable.fetch(10))
                .as(EXERCISE.says("1 ms before the end: still nothing"))
                .isEmpty();
        assertThat(pausable.pauseRemaining()).as(EXERCISE.says("1 ms remains")).contains(Duration.ofMillis(1));
        clock.advance(Duration.ofMillis(1));
        assertThat(pausable.pauseRemaining())
                .as(EXERCISE.says("the pause is over at its time"))
                .isEmpty();
        assertThat(pausable.fetch(10))
                .extracting(d -> d.message().text())
                .as(EXERCISE.says("the pause's time has come: the message that waited is delivered"))
                .containsExactly("job 1");
    }

    @Test
    @DisplayName(
            "5.24 a pause holds back redeliveries too; acks still count; on resume what came due is delivered first")
    void pauseHoldsRedeliveries() {
        stream.publish("jobs", "job 1");
        stream.publish("jobs", "job 2");
        pausable.fetch(2);

        pausable.pauseUntil(clock.instant().plus(Duration.ofHours(1)));
        pausable.consumer().ack(2);
        stream.publish("jobs", "job 3");
        clock.advance(ACK_WAIT);

        assertThat(pausable.fetch(10))
                .as(EXERCISE.says("#1's AckWait is over, but the consumer is paused: nothing"))
                .isEmpty();
        assertThat(pausable.consumer().pending())
                .as(EXERCISE.says("the ack of #2 counted while paused; #1 still pending"))
                .containsExactly(1L);
        pausable.resume();
        assertThat(pausable.pauseRemaining())
                .as(EXERCISE.says("resumed: no pause"))
                .isEmpty();
        assertThat(pausable.fetch(10))
                .extracting(Delivery::sequence)
                .as(EXERCISE.says("#1 again first, then the new #3"))
                .containsExactly(1L, 3L);
    }

    @Test
    @DisplayName("5.24 a pause until a time not after now pauses nothing, and ends a pause")
    void pauseInThePast() {
        stream.publish("jobs", "job 1");
        pausable.pauseUntil(clock.instant().plus(Duration.ofHours(1)));

        pausable.pauseUntil(clock.instant());

        assertThat(pausable.pauseRemaining())
                .as(EXERCISE.says("a pause until now is no pause"))
                .isEmpty();
        assertThat(pausable.fetch(10))
                .extracting(d -> d.message().text())
                .as(EXERCISE.says("so the fetch delivers"))
                .containsExactly("job 1");
    }
}

package workshop.step05.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.testkit.Exercise;
import workshop.testkit.SeededRandomResolver;

/** Exercise 5.3: AckWait, nak with a delay, in progress. */
@ExtendWith(SeededRandomResolver.class)
class RedeliveryTimerTest {

    private static final Exercise EXERCISE = Exercise.of("5.3");
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    @DisplayName("5.3 an unacked message is due once AckWait has passed, not a moment before")
    void ackWait(Random random) {
        Duration ackWait = Duration.ofSeconds(5 + random.nextInt(30));
        var timer = new RedeliveryTimer(ackWait);
        timer.started(7, T0);

        assertThat(timer.due(T0.plus(ackWait).minusMillis(1)))
                .as(EXERCISE.says("not due before AckWait (%s)", ackWait))
                .isEmpty();
        assertThat(timer.due(T0.plus(ackWait)))
                .as(EXERCISE.says("due at exactly AckWait after the delivery, not only after it"))
                .containsExactly(7L);
        assertThat(timer.due(T0.plus(ackWait).plusSeconds(1)))
                .as(EXERCISE.says("due once: then it left the timer"))
                .isEmpty();
    }

    @Test
    @DisplayName("5.3 due lists every expired message, lowest sequence first")
    void dueInOrder() {
        var timer = new RedeliveryTimer(Duration.ofSeconds(10));
        timer.started(9, T0);
        timer.started(3, T0.plusSeconds(1));
        timer.started(5, T0.plusSeconds(2));
        timer.started(20, T0.plusSeconds(1)); // a HashMap does not keep #20 after #9
        timer.started(1, T0.plusSeconds(30));

        assertThat(timer.due(T0.plusSeconds(12)))
                .as(EXERCISE.says("#3, #5, #9, #20 expired, lowest sequence first; #1 not yet"))
                .containsExactly(3L, 5L, 9L, 20L);
    }

    @Test
    @DisplayName("5.3 in progress restarts the AckWait from now")
    void inProgress() {
        var timer = new RedeliveryTimer(Duration.ofSeconds(10));
        timer.started(1, T0);
        timer.inProgress(1, T0.plusSeconds(8));

        assertThat(timer.due(T0.plusSeconds(12)))
                .as(EXERCISE.says("in progress at 8 s moved the deadline to 18 s"))
                .isEmpty();
        assertThat(timer.due(T0.plusSeconds(18)))
                .as(EXERCISE.says("due at exactly 18 s: a full AckWait after the in progress"))
                .containsExactly(1L);
        timer.inProgress(1, T0.plusSeconds(19));
        assertThat(timer.due(T0.plusSeconds(60)))
                .as(EXERCISE.says(
                        "#1 left the timer when it was due: in progress does not revive a message without a timer"))
                .isEmpty();
    }

    @Test
    @DisplayName("5.3 a nak makes a message due at once, or after its delay")
    void nak(Random random) {
        var timer = new RedeliveryTimer(Duration.ofSeconds(30));
        Duration delay = Duration.ofSeconds(2 + random.nextInt(10));
        timer.started(1, T0);
        timer.started(2, T0);

        timer.nak(1, T0.plusSeconds(1), Duration.ZERO);
        timer.nak(2, T0.plusSeconds(1), delay);

        assertThat(timer.due(T0.plusSeconds(1)))
                .as(EXERCISE.says("at once only the plain nak is due; the nak with delay %s waits its delay", delay))
                .containsExactly(1L);
        assertThat(timer.due(T0.plusSeconds(1).plus(delay).minusMillis(1)))
                .as(EXERCISE.says("nak with delay waits its delay"))
                .isEmpty();
        assertThat(timer.due(T0.plusSeconds(1).plus(delay)))
                .as(EXERCISE.says("nak with delay %s is due once the delay is over", delay))
                .containsExactly(2L);
    }

    @Test
    @DisplayName("5.3 stop (ack or term) means never due")
    void stop() {
        var timer = new RedeliveryTimer(Duration.ofSeconds(1));
        timer.started(1, T0);
        timer.stop(1);
        timer.nak(1, T0, Duration.ZERO);

        assertThat(timer.due(T0.plusSeconds(100)))
                .as(EXERCISE.says("a stopped message stays stopped, even if nak'ed later"))
                .isEmpty();
    }
}
